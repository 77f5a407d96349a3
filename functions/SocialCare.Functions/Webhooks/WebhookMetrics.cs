using System.Diagnostics.Metrics;

namespace SocialCare.Functions.Webhooks;

internal static class WebhookMetrics
{
    public static readonly Meter Meter = new("SocialCare.Webhooks");
    public static readonly Counter<long> Accepted = Meter.CreateCounter<long>("socialcare.events.accepted", description: "Webhook events durably enqueued");
}
