using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.ChannelStatus;

/// <summary>GET /api/channels/{channelId}/status → {"open":true,"closesAt":"…"} or {"open":false,"opensAt":"…"},
/// from the stored schedule or the default hours; the same computation routing and the after-hours answer use.</summary>
[HandlesFunction("ChannelStatus")]
public sealed class ChannelStatusFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/channels/{channelId}/status", async (string channelId, IScheduleStore store, TimeProvider time, CancellationToken ct) =>
        {
            var schedule = await store.GetAsync(channelId, ct) ?? ChannelSchedule.Default();
            var status = new OpeningHours(schedule).Status(time.GetUtcNow());
            return Results.Json(status, HoursJson.Default.OpeningStatus);
        });
}
