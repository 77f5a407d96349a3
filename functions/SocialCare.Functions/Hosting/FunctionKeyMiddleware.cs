using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// The local host's stand-in for authLevel "function": every /api route but webhooks, health and signed action
/// links, and every /admin route, needs the key. In Azure the Functions host checks keys before proxying.
/// </summary>
public sealed partial class FunctionKeyMiddleware(RequestDelegate next, IOptions<FunctionKeyOptions> options, ILogger<FunctionKeyMiddleware> logger)
{
    private static readonly string[] Anonymous = ["/api/webhooks/", "/api/health", "/api/actions/"];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (NeedsKey(path) && !HasKey(context.Request))
        {
            LogRejected(context.Request.Method, path);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "A valid function key is required (x-functions-key header or ?code=)." });
            return;
        }
        await next(context);
    }

    public static bool NeedsKey(string path) =>
        (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase))
        && !Anonymous.Any(a => path.StartsWith(a, StringComparison.OrdinalIgnoreCase) || path.Equals(a.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    private bool HasKey(HttpRequest request)
    {
        var expected = options.Value.FunctionKey;
        if (string.IsNullOrEmpty(expected)) return false;
        var given = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        return given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
    }

    [LoggerMessage(LogLevel.Warning, "Rejected {Method} {Path}: missing or wrong function key")]
    private partial void LogRejected(string method, string path);
}
