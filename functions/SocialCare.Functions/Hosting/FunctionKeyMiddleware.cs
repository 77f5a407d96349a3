using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// The local host's stand-in for authLevel "function": an HTTP function's endpoint needs the key unless its
/// function.json says authLevel "anonymous" (webhooks, health, signed action links), and so does any other /api
/// path, every /admin route, the trigger envelope route (POST /{FunctionName}, which runs Classify, Route or Notify
/// on whatever it is given) and the /dev/teams card viewer (its cards hold working claim and resolve links) need the
/// key. A cross-site form post carries no x-functions-key header, so it is refused too. In Azure the Functions host
/// checks keys before proxying, and it calls the envelope route itself on 127.0.0.1 with no key: this middleware
/// only runs in the local host.
/// </summary>
public sealed partial class FunctionKeyMiddleware(RequestDelegate next, IOptions<FunctionKeyOptions> options, ILogger<FunctionKeyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var trigger = context.GetEndpoint()?.Metadata.GetMetadata<HttpTriggerMetadata>();
        var needsKey = trigger is not null ? !trigger.IsAnonymous : NeedsKey(context.Request.Method, path);
        if (needsKey && !HasKey(context.Request))
        {
            LogRejected(context.Request.Method, path);
            await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "A function key is required.",
                detail: "Send a valid function key in the x-functions-key header or as ?code=.").ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>Paths that belong to no HTTP function: the rest of /api (unknown routes), /admin, /dev/teams, envelopes.</summary>
    private static bool NeedsKey(string method, string path) =>
        path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase)
        || path.TrimEnd('/').Equals("/dev/teams", StringComparison.OrdinalIgnoreCase)
        || (HttpMethods.IsPost(method) && IsEnvelopeRoute(path));

    // POST /{FunctionName}: one segment; "/" itself is the readiness probe.
    private static bool IsEnvelopeRoute(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length > 0 && !trimmed.Contains('/', StringComparison.Ordinal);
    }

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
