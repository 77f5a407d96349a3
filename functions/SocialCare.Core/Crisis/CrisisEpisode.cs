namespace SocialCare.Core.Crisis;

/// <summary>
/// One crisis: a wave of negative events on a channel (or brand-wide, <see cref="Scope"/> "brand") above its usual
/// level. Updated as it grows; closed after an hour below the threshold.
/// </summary>
public sealed record CrisisEpisode(
    string Id,
    string Scope,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    int Count,
    double UsualLevel,
    int Threshold,
    IReadOnlyList<string> TopPhrases,
    IReadOnlyList<CrisisExample> WorstExamples,
    bool SafetyEscalation = false)
{
    /// <summary>How many times the usual level the window holds (count when the usual level is zero).</summary>
    public double Rate => UsualLevel > 0 ? Count / UsualLevel : Count;
}

public sealed record CrisisExample(string ConversationId, string EventId, string Text, string? Permalink, string Platform);
