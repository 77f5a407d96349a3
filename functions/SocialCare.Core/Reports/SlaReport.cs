namespace SocialCare.Core.Reports;

/// <summary>
/// SLA and CSAT figures for conversations that started in [From, To): response and resolution times in business
/// time, breaches by kind, volume by platform/intent/sentiment, share after hours, CSAT, the backlog now, the sales
/// leads among them, and per agent the replies sent past the deflection guard or with the draft checks' findings open.
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
    IReadOnlyList<DailyFigures> Daily,
    int Leads,
    IReadOnlyList<AgentReplyChecks> Agents);

public sealed record CsatSummary(double? Average, int Count);

/// <summary>One UTC day: conversations started, and the median business-time resolution of those resolved.</summary>
public sealed record DailyFigures(DateOnly Date, int Volume, double? MedianResolutionMinutes);

/// <summary>
/// An agent's replies in the period's conversations that left against the service rules: <see cref="ForcedSends"/>
/// past the deflection guard ("Send anyway"), <see cref="RepliesWithFindings"/> with any finding open (forced ones included).
/// </summary>
public sealed record AgentReplyChecks(string AgentId, int ForcedSends, int RepliesWithFindings);
