using Microsoft.AspNetCore.DataProtection;
using SocialCare.Adapters.Tables;
using SocialCare.Functions.LocalHost;
using SocialCare.Functions.Workspace.Identity;
using SocialCare.Functions.Workspace.Inbox;
using SocialCare.Functions.Workspace.Thread;

namespace SocialCare.Functions.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>Data Protection's hosted service that loads the key ring before the app starts answering.</summary>
    public const string EagerKeyRingLoad = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// The agent workspace: identity from Easy Auth's header (in the local host, from its dev sign-in, which turns the
    /// trust on for itself), Razor components rendered on the server, antiforgery tokens on every form.
    /// </summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services, IConfiguration configuration, bool localHost)
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
        // The key ring behind antiforgery tokens and the local sign-in lives in the storage account, shared by every
        // instance (TableDataProtectionKeys), encrypted there with a certificate from Key Vault when one is configured
        // (KeyRingProtection); it is read when first needed, not before the app answers: Data Protection's own
        // start-up load would hold the start on storage (for its retries when storage is down).
        services.AddDataProtection().SetApplicationName("socialcare").PersistKeysToTable().ProtectKeysWithConfiguredCertificate(configuration);
        foreach (var eager in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == EagerKeyRingLoad).ToList())
        {
            services.Remove(eager);
        }
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
