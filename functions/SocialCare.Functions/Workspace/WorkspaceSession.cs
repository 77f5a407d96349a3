using Microsoft.AspNetCore.Http.HttpResults;
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

/// <summary>A Razor component as the whole response, with the workspace's security headers.</summary>
public static class Page
{
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static RazorComponentResult Of<TComponent>(int status, object parameters) where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        new RazorComponentResult<TComponent>(parameters) { StatusCode = status };

    public static RazorComponentResult Of<TComponent>(object parameters) where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Of<TComponent>(StatusCodes.Status200OK, parameters);

    public static void AddSecurityHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        response.Headers.CacheControl = "no-store";
    }

    public static RazorComponentResult FormRefused() => Of<Notice>(StatusCodes.Status400BadRequest, new
    {
        Title = "Form not accepted",
        Message = "This form carries no valid antiforgery token, so nothing was done. Reload the page and try again.",
        Next = ((string, string)?)("/inbox", "Back to the inbox"),
    });
}
