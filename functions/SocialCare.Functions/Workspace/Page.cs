using Microsoft.AspNetCore.Http.HttpResults;
using SocialCare.Functions.Workspace.Pages;

namespace SocialCare.Functions.Workspace;

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
        // What antiforgery sets on every page with a form: the same value, so it has nothing to override (and no
        // warning to log on each page view).
        response.Headers.CacheControl = "no-cache, no-store";
    }

    public static RazorComponentResult FormRefused() => Of<Notice>(StatusCodes.Status400BadRequest, new
    {
        Title = "Form not accepted",
        Message = "This form carries no valid antiforgery token, so nothing was done. Reload the page and try again.",
        Next = ((string, string)?)("/inbox", "Back to the inbox"),
    });
}
