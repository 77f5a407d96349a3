using Microsoft.Extensions.Options;
using SocialCare.Functions.Workspace.Identity;
using SocialCare.Functions.Workspace.Pages;

namespace SocialCare.Functions.Workspace;

/// <summary>
/// The gate in front of every workspace page: no session → the sign-in (Easy Auth's in Azure, the dev one locally),
/// signed in but no agent record → a page that says so, otherwise the agent.
/// </summary>
public sealed class WorkspaceSession(WorkspaceIdentity identity, IOptions<IdentityOptions> options)
{
    public async Task<(WorkspaceUser? User, IResult? Refusal)> RequireAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var (principal, user) = await identity.ResolveAsync(http, cancellationToken);
        if (principal is null)
        {
            var back = http.Request.Path + http.Request.QueryString;
            // "/" may stand in a query value: /.auth/login/dev?post_login_redirect_uri=/inbox, as Easy Auth's own links read.
            return (null, Results.Redirect($"{options.Value.LoginPath}?post_login_redirect_uri={Uri.EscapeDataString(back).Replace("%2F", "/", StringComparison.Ordinal)}"));
        }
        if (user is null)
        {
            return (null, Page.Of<Notice>(StatusCodes.Status403Forbidden, new
            {
                Title = "Not an agent",
                Message = $"You are signed in as {principal.Email ?? principal.Name ?? "an unknown user"}, but no agent record has this e-mail address or object id. Ask a supervisor to add you as an agent, then sign in again.",
                Next = ((string, string)?)("/.auth/logout", "Sign out"),
            }));
        }
        return (user, null);
    }
}
