namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// The wave as <see cref="CrisisPolicy"/> tracks it on one scope (a channel id, or "brand"): its peak, last count and
/// when it was last above the threshold. Stored beside the announced <see cref="Core.Crisis.CrisisEpisode"/> between decisions.
/// </summary>
public sealed record CrisisWave(
    string Scope,
    DateTimeOffset OpenedAt,
    int PeakCount,
    int LastCount,
    DateTimeOffset LastAboveThresholdAt,
    string Reason);
