using SocialCare.Functions.LocalHost;
using SocialCare.Functions.Workspace.Identity;
using SocialCare.Functions.Workspace.Inbox;
using SocialCare.Functions.Workspace.Thread;

namespace SocialCare.Functions.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>
    /// The agent workspace: identity from Easy Auth's header (in the local host, from its dev sign-in, which turns the
    /// trust on for itself), Razor components rendered on the server, antiforgery tokens on every form.
    /// </summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services, bool localHost)
    {
        services.AddRazorComponents();
        // Customer names and messages in Polish and Russian as characters, not numeric entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "socialcare-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.HttpOnly = true;
        });
        services.AddDataProtection();
        services.AddOptions<IdentityOptions>().BindConfiguration(IdentityOptions.SectionName);
        services.AddOptions<WorkspaceOptions>().BindConfiguration(WorkspaceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (localHost)
        {
            services.PostConfigure<IdentityOptions>(o =>
            {
                o.EasyAuthEnabled = true;
                o.LoginPath = DevEasyAuth.LoginPath;
            });
        }
        services.AddSingleton<WorkspaceIdentity>();
        services.AddSingleton<WorkspaceSession>();
        services.AddSingleton<InboxLister>();
        services.AddSingleton<ThreadReader>();
        services.AddSingleton<Collision>();
        services.AddSingleton<Team.TeamReader>();
        return services;
    }
}
