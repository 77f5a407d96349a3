using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SocialCare.Functions.Telemetry;

/// <summary>The app's own traces and metrics: one trace per event from webhook to notification, across the queues.</summary>
public static class PipelineTelemetry
{
    public const string Name = "SocialCare.Pipeline";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Accepted = Meter.CreateCounter<long>("socialcare.events.accepted", description: "Webhook events durably enqueued");
    public static readonly Counter<long> Invocations = Meter.CreateCounter<long>("socialcare.function.invocations", description: "Trigger invocations by function and outcome");
    public static readonly Counter<long> Classified = Meter.CreateCounter<long>("socialcare.events.classified");
    public static readonly Counter<long> Routed = Meter.CreateCounter<long>("socialcare.events.routed");
    public static readonly Counter<long> Notified = Meter.CreateCounter<long>("socialcare.notifications.processed");
    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("socialcare.messages.deadlettered");
    public static readonly Counter<long> SlaBreaches = Meter.CreateCounter<long>("socialcare.sla.breaches");
    public static readonly Histogram<double> WebhookLatency = Meter.CreateHistogram<double>("socialcare.webhook.duration", unit: "ms", description: "Webhook ingest time, verify to durable enqueue");

    /// <summary>Counts a finished invocation under its step's own counter too.</summary>
    public static void Count(string function, bool succeeded)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure");
        Invocations.Add(1, new KeyValuePair<string, object?>("function", function), outcome);
        if (!succeeded) return;
        switch (function)
        {
            case "Classify": Classified.Add(1); break;
            case "Route": Routed.Add(1); break;
            case "Notify": Notified.Add(1); break;
        }
    }
}
