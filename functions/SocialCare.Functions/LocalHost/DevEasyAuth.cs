using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialCare.Functions.Workspace.Identity;
using SocialCare.Functions.Workspace;
using SocialCare.Functions.Workspace.Pages;

namespace SocialCare.Functions.LocalHost;

/// <summary>
/// The local stand-in for App Service Authentication, as Azurite is for Storage: <c>/.auth/login/dev</c> signs a
/// person in by e-mail with a signed, HttpOnly, SameSite=Lax cookie, <c>/.auth/logout</c> ends it, and on every request
/// the client's own <c>X-MS-CLIENT-PRINCIPAL</c> headers are removed and, with a valid cookie, the principal Easy Auth
/// would send is written in their place. The app then reads identity exactly as it does in Azure.
/// Only the local host maps it; it checks no password, as it is a dev server.
/// </summary>
public static class DevEasyAuth
{
    public const string LoginPath = "/.auth/login/dev";
    public const string LogoutPath = "/.auth/logout";
    public const string CookieName = "AppServiceAuthSession";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    private const string Purpose = "SocialCare.DevEasyAuth.v1";

    /// <summary>Runs before routing: nothing a client sends can claim an identity locally.</summary>
    public static IApplicationBuilder UseDevEasyAuth(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var header in ClientPrincipal.Headers) context.Request.Headers.Remove(header);
        if (context.Request.Cookies[CookieName] is { Length: > 0 } cookie && Unprotect(context, cookie) is { } principal)
        {
            context.Request.Headers[ClientPrincipal.Header] = principal.Encode();
            context.Request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"] = principal.Email;
            context.Request.Headers["X-MS-CLIENT-PRINCIPAL-ID"] = principal.ObjectId;
            context.Request.Headers["X-MS-CLIENT-PRINCIPAL-IDP"] = principal.AuthType;
        }
        await next(context);
    });

    public static void MapDevEasyAuth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(LoginPath, (HttpContext http, IAntiforgery antiforgery, string? post_login_redirect_uri) =>
            SignInPage(http, antiforgery, LocalPath(post_login_redirect_uri), error: null));
        routes.MapPost(LoginPath, SignInAsync);
        routes.MapGet(LogoutPath, (HttpContext http, string? post_logout_redirect_uri) =>
        {
            http.Response.Cookies.Delete(CookieName, CookieOptions(http));
            return Results.Redirect(post_logout_redirect_uri is null ? LoginPath : LocalPath(post_logout_redirect_uri));
        });
        routes.MapGet("/.auth/me", (HttpContext http) =>
            ClientPrincipal.Decode(http.Request.Headers[ClientPrincipal.Header].FirstOrDefault()) is { } p
                ? Results.Json(new[] { p }, IdentityJson.Default.ClientPrincipalArray)
                : Results.Json(Array.Empty<ClientPrincipal>(), IdentityJson.Default.ClientPrincipalArray));
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Page.FormRefused();
        var form = await http.Request.ReadFormAsync();
        var email = form["email"].FirstOrDefault()?.Trim();
        var redirect = LocalPath(form["post_login_redirect_uri"].FirstOrDefault());
        if (string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal) || email.Length > 254)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return SignInPage(http, antiforgery, redirect, "Enter the e-mail address of your agent record, for example anna@demo.localhost.test.");
        }
        var principal = new ClientPrincipal("dev",
        [
            new(ClaimTypes.Email, email),
            new("preferred_username", email),
            new("name", email),
            new(ClientPrincipal.ObjectIdClaim, StableObjectId(email)),
        ], NameType: "name", RoleType: ClientPrincipal.DefaultRoleType);
        http.Response.Cookies.Append(CookieName, Protector(http).Protect(principal.Encode(), Lifetime), CookieOptions(http));
        return Results.Redirect(redirect);
    }

    private static RazorComponentResult SignInPage(HttpContext http, IAntiforgery antiforgery, string redirect, string? error) =>
        new RazorComponentResult<DevSignIn>(new { Antiforgery = antiforgery.GetAndStoreTokens(http), Redirect = redirect, Error = error });

    private static ClientPrincipal? Unprotect(HttpContext http, string cookie)
    {
        try
        {
            return ClientPrincipal.Decode(Protector(http).Unprotect(cookie));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private static CookieOptions CookieOptions(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        Path = "/",
        MaxAge = Lifetime,
    };

    /// <summary>Only a path on this site: an open redirect to another host is refused by sending the person to the inbox.</summary>
    public static string LocalPath(string? uri) =>
        uri is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || (u[1] != '/' && u[1] != '\\')) ? u : "/inbox";

    // A stand-in for Entra's object id: the same person gets the same id on every sign-in.
    private static string StableObjectId(string email) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())).AsSpan(0, 16)).ToString();
}
