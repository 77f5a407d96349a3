using System.ComponentModel.DataAnnotations;

namespace SocialCare.Core.Classification;

/// <summary>Tunables of the offline classifier; bound from the <c>Classification</c> configuration section.</summary>
public sealed record OfflineClassifierOptions
{
    public const string SectionName = "Classification";

    /// <summary>An author with at least this many followers raises the <see cref="Signals.Influencer"/> signal.</summary>
    [Range(1, long.MaxValue)]
    public long InfluencerFollowers { get; init; } = 10_000;
}
