using System.ComponentModel.DataAnnotations;

namespace SocialCare.Functions.LocalHost;

/// <summary>How the local host emulates Service Bus on Storage queues.</summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "Queues";

    /// <summary>Deliveries before a message moves to &lt;queue&gt;-deadletter (Service Bus default: 10).</summary>
    [Range(1, 100)]
    public int MaxDeliveryCount { get; set; } = 10;

    /// <summary>How long a received message stays invisible to other receivers (Service Bus: lock duration).</summary>
    [Range(5, 3600)]
    public int LockSeconds { get; set; } = 120;

    /// <summary>Messages handled at once per queue (host.json serviceBus.maxConcurrentCalls).</summary>
    [Range(1, 256)]
    public int MaxConcurrentCalls { get; set; } = 16;

    /// <summary>Wait between polls of a drained queue (a send from this process wakes it at once).</summary>
    [Range(10, 10_000)]
    public int MaxPollMilliseconds { get; set; } = 200;

    /// <summary>Delay before a failed message is delivered again.</summary>
    [Range(0, 600_000)]
    public int RetryDelayMilliseconds { get; set; } = 500;

    /// <summary>
    /// On shutdown, how long invocations already running may take to finish; what is not finished then is cancelled
    /// and its message made visible again at once (receiving stops the moment shutdown begins).
    /// </summary>
    [Range(0, 300)]
    public int DrainSeconds { get; set; } = 10;

    /// <summary>Set to false to serve HTTP only (benchmarks of the ingest path).</summary>
    public bool RunTriggers { get; set; } = true;
}
