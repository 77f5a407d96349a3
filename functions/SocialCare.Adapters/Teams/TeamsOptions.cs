using System.ComponentModel.DataAnnotations;

namespace SocialCare.Adapters.Teams;

public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The Workflows webhook for teams without their own; empty means Teams is skipped for them.</summary>
    public string? DefaultWebhookUrl { get; set; }

    /// <summary>
    /// Hosts a webhook URL may name besides the Teams and Workflows defaults (<see cref="Core.Notifications.TeamsWebhookUrlPolicy.DefaultHosts"/>):
    /// an exact host, or "*.example.com" for its subdomains.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Set by the app from its mode (a PostConfigure wins over any setting): http to this machine only in the local host.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Tries per card within one invocation (throttling and 5xx are retried).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    [Range(0, 60_000)]
    public int BaseDelayMilliseconds { get; set; } = 500;

    /// <summary>The longest single wait, whatever Retry-After asks for: the invocation must end within its lock.</summary>
    [Range(0, 300)]
    public int MaxDelaySeconds { get; set; } = 20;

    /// <summary>How long one try may take.</summary>
    [Range(1, 300)]
    public int AttemptTimeoutSeconds { get; set; } = 15;

    /// <summary>How long one card may take with all its tries and waits: bounds a delivery inside the notification's lease.</summary>
    [Range(1, 600)]
    public int TotalTimeoutSeconds { get; set; } = 60;
}
