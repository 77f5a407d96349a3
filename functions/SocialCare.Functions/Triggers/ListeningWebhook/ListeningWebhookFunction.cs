using SocialCare.Adapters.Listening;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Webhooks;

namespace SocialCare.Functions.Triggers.ListeningWebhook;

/// <summary>POST /api/webhooks/listening: mention feeds from social-listening tools.</summary>
[HandlesFunction("ListeningWebhook")]
public sealed class ListeningWebhookFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/webhooks/listening", (HttpRequest request, ListeningWebhookSource source, WebhookIngest ingest, CancellationToken ct) =>
            ingest.HandleAsync(source, request, ct));
}
