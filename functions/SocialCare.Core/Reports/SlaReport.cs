namespace SocialCare.Core.Reports;

/// <summary>
/// SLA and CSAT figures for conversations that started in [From, To): response and resolution times in business
/// time, breaches by kind, volume by platform/intent/sentiment, share after hours, CSAT, and the backlog now.
/// </summary>
public sealed record SlaReport(
    DateTimeOffset From,
    DateTimeOffset To,
    string? Team,
    string? ChannelId,
    int Conversations,
    DurationStats FirstResponse,
    DurationStats Resolution,
    IReadOnlyDictionary<string, int> Breaches,
    IReadOnlyDictionary<string, int> ByPlatform,
    IReadOnlyDictionary<string, int> ByIntent,
    IReadOnlyDictionary<string, int> BySentiment,
    double AfterHoursShare,
    CsatSummary Csat,
    int BacklogNow,
    IReadOnlyList<DailyFigures> Daily);

public sealed record CsatSummary(double? Average, int Count);

/// <summary>One UTC day: conversations started, and the median business-time resolution of those resolved.</summary>
public sealed record DailyFigures(DateOnly Date, int Volume, double? MedianResolutionMinutes);
