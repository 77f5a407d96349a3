namespace SocialCare.Adapters.Channels;

/// <summary>Settings section "Channels" (besides the per-channel credentials).</summary>
public sealed record ChannelsOptions
{
    public const string Section = "Channels";

    /// <summary>Channels:MaxInlineRetrySeconds, the longest rate-limit wait spent inside one publish call.</summary>
    public int MaxInlineRetrySeconds { get; init; } = 5;

    public TimeSpan MaxInlineRetryWait => TimeSpan.FromSeconds(MaxInlineRetrySeconds);
}
