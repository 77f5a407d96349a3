using System.ComponentModel.DataAnnotations;

namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// Defaults: alert when the negative events in the last 15 minutes reach max(10, 3 × the usual 15-minute level for
/// that hour of the week); close after an hour below that; a safety signal opens an episode at once.
/// Bound from the <c>Crisis</c> configuration section.
/// </summary>
public sealed record CrisisOptions
{
    public const string SectionName = "Crisis";

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(15);

    [Range(1, int.MaxValue)]
    public int Minimum { get; init; } = 10;

    [Range(1.0, 1000.0)]
    public double Multiplier { get; init; } = 3;

    public TimeSpan CloseAfterQuiet { get; init; } = TimeSpan.FromHours(1);

    /// <summary>An open episode is announced again (update-N) when its count reaches this many times the last announced count.</summary>
    [Range(1.0, 100.0)]
    public double GrowthForUpdate { get; init; } = 1.5;
}
