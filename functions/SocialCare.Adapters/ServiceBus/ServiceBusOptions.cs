using System.ComponentModel.DataAnnotations;

namespace SocialCare.Adapters.ServiceBus;

/// <summary>
/// Retries of the Service Bus client (section <c>ServiceBus</c>). The connection itself is the Functions host's
/// <c>ServiceBusConnection</c> setting. A webhook waits for its send, so the defaults keep the worst case
/// (4 tries of 5 s plus backoff, about 23 s) near the platforms' own webhook timeouts.
/// </summary>
public sealed class ServiceBusOptions
{
    public const string SectionName = "ServiceBus";

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00.01", "00:01:00")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(400);

    [Range(typeof(TimeSpan), "00:00:00.01", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How long one try (connect, send, settle) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan TryTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
