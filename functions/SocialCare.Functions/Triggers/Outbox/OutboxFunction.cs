using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Outbox;

/// <summary>GET /api/outbox?channelId=&amp;limit=: every published or recorded action, newest first.</summary>
[HandlesFunction("Outbox")]
public sealed class OutboxFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/outbox", async (string? channelId, string? limit, IOutbox outbox, CancellationToken ct) =>
        {
            var take = 100;
            if (limit is not null && (!int.TryParse(limit, out take) || take is < 1 or > 1000)) return Problems.Invalid("limit", "must be a whole number from 1 to 1000");
            var entries = await outbox.ListAsync(string.IsNullOrEmpty(channelId) ? null : channelId, take, ct);
            return Results.Json(entries.ToList(), CoreJson.Default.ListOutboxEntry);
        });
}
