using SocialCare.Adapters.Webhooks;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Webhooks;

namespace SocialCare.Functions.Triggers.PlatformWebhook;

/// <summary>GET/POST /api/webhooks/{platform}: Meta, X, Telegram and VK, each through its own webhook source.</summary>
[HandlesFunction("PlatformWebhook")]
public sealed class PlatformWebhookFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapMethods("/api/webhooks/{platform:alpha}", ["GET", "POST"], (string platform, HttpRequest request, IEnumerable<IWebhookSource> sources, WebhookIngest ingest, CancellationToken ct) =>
            sources.FirstOrDefault(s => string.Equals(s.Name, platform, StringComparison.OrdinalIgnoreCase)) is { } source
                ? ingest.HandleAsync(source, request, ct)
                : Task.FromResult(Problems.NotFound($"No webhook for platform '{platform}'.")));
}
