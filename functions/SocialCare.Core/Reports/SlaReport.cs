namespace SocialCare.Core.Reports;

/// <summary>
/// SLA and CSAT figures for conversations that started in [From, To): response and resolution times in business
/// time, breaches by kind, volume by platform/intent/sentiment, share after hours, CSAT, how many of them are still
/// open or waiting (<see cref="BacklogNow"/>), the sales leads among them; the same by day, per agent (who owns the case) and per team; and the customers' messages by
/// channel, day of the week and hour in the channel's time zone.
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
    IReadOnlyList<AgentFigures> Agents,
    IReadOnlyList<TeamFigures> Teams,
    IReadOnlyList<HeatmapCell> Heatmap,
    IReadOnlyList<WeeklyFigures> Weeks);

public sealed record CsatSummary(double? Average, int Count);

/// <summary>Median and 90th percentile in business minutes; null when nothing was measured.</summary>
public sealed record MinutesSummary(double? Median, double? P90)
{
    public static MinutesSummary Of(DurationStats stats) => new(stats.MedianMinutes, stats.P90Minutes);
}

/// <summary>One day (in UTC): conversations started, and the first response and resolution times of those.</summary>
public sealed record DailyFigures(DateOnly Date, int Conversations, MinutesSummary FirstResponseMinutes, MinutesSummary ResolutionMinutes);

/// <summary>
/// One agent's cases (those they own) of the period. <see cref="SlaMetRate"/>: the share of decided clocks (first
/// response, next response, resolution) met, 0–1, null with none decided; <see cref="ReopenRate"/>: the share of their
/// cases reopened after being resolved; <see cref="ForcedSends"/>: replies sent past the deflection guard;
/// <see cref="RepliesWithFindings"/>: replies sent with any of the draft checks' findings open (forced ones included).
/// </summary>
public sealed record AgentFigures(string AgentId, string Name, int Handled, MinutesSummary FirstResponseMinutes, MinutesSummary ResolutionMinutes,
    double? SlaMetRate, double? Csat, double ReopenRate, int ForcedSends, int RepliesWithFindings);

/// <summary>The same figures for a team's cases.</summary>
public sealed record TeamFigures(string Team, int Handled, MinutesSummary FirstResponseMinutes, MinutesSummary ResolutionMinutes,
    double? SlaMetRate, double? Csat, double ReopenRate, int ForcedSends, int RepliesWithFindings);

/// <summary>One ISO week ("2026-W48"): conversations started, their CSAT and the share that started after hours.</summary>
public sealed record WeeklyFigures(string Week, int Conversations, double? Csat, double AfterHoursShare);

/// <summary>Customer messages that arrived on a channel on that weekday (0 = Sunday) and hour, in the channel's time zone.</summary>
public sealed record HeatmapCell(string ChannelId, int DayOfWeek, int Hour, int Count);
