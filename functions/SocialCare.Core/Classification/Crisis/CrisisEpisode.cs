namespace SocialCare.Core.Classification.Crisis;

/// <summary>One crisis on one scope (a channel id, or "brand" for brand-wide). Stored by the caller between decisions.</summary>
public sealed record CrisisEpisode(
    string Scope,
    DateTimeOffset OpenedAt,
    int PeakCount,
    int LastCount,
    DateTimeOffset LastAboveThresholdAt,
    string Reason);
