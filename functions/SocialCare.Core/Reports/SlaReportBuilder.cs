using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Notifications;

namespace SocialCare.Core.Reports;

/// <summary>Computes an <see cref="SlaReport"/> from conversations; pure, so the figures are checkable by hand.</summary>
public static class SlaReportBuilder
{
    public const string FirstResponseBreach = "first_response";
    public const string NextResponseBreach = "next_response";
    public const string ResolutionBreach = "resolution";

    /// <param name="conversations">Every conversation of the team/channel asked about (any period: the backlog needs all).</param>
    /// <param name="hoursFor">The opening hours of a channel, for business time and "after hours".</param>
    public static SlaReport Build(
        IReadOnlyList<Conversation> conversations,
        Func<string, OpeningHours> hoursFor,
        DateTimeOffset from,
        DateTimeOffset to,
        DateTimeOffset now,
        string? team = null,
        string? channelId = null)
    {
        var inPeriod = conversations.Where(c => c.CreatedAt >= from && c.CreatedAt < to).ToList();
        var clocks = new Dictionary<string, (OpeningHours Hours, BusinessClock Clock)>();
        (OpeningHours Hours, BusinessClock Clock) For(string channel)
        {
            if (!clocks.TryGetValue(channel, out var pair)) clocks[channel] = pair = (hoursFor(channel), new BusinessClock(hoursFor(channel)));
            return pair;
        }

        TimeSpan? Business(Conversation c, DateTimeOffset? end) => end is { } e ? For(c.ChannelId).Clock.Elapsed(c.CreatedAt, e) : null;

        var firstResponses = inPeriod.Select(c => Business(c, c.FirstResponseAt)).OfType<TimeSpan>();
        var resolutions = inPeriod.Select(c => Business(c, c.ResolvedAt)).OfType<TimeSpan>();
        var breaches = new Dictionary<string, int>
        {
            [FirstResponseBreach] = inPeriod.Count(c => c.Sla?.FirstResponseDue is { } due && (c.FirstResponseAt ?? now) > due),
            [NextResponseBreach] = inPeriod.Count(c => c.Sla?.NextResponseDue is { } due && c.Status != ConversationStatus.Resolved && now > due),
            [ResolutionBreach] = inPeriod.Count(c => c.Sla?.ResolutionDue is { } due && (c.ResolvedAt ?? now) > due),
        };
        var afterHours = inPeriod.Count(c => !For(c.ChannelId).Hours.IsOpen(c.CreatedAt));
        var rated = inPeriod.Where(c => c.Csat is not null).Select(c => (double)c.Csat!.Value).ToList();
        var daily = inPeriod
            .GroupBy(c => DateOnly.FromDateTime(c.CreatedAt.UtcDateTime))
            .OrderBy(g => g.Key)
            .Select(g => new DailyFigures(g.Key, g.Count(), DurationStats.Of(g.Select(c => Business(c, c.ResolvedAt)).OfType<TimeSpan>()).MedianMinutes))
            .ToList();

        return new SlaReport(
            from,
            to,
            team,
            channelId,
            inPeriod.Count,
            DurationStats.Of(firstResponses),
            DurationStats.Of(resolutions),
            breaches,
            CountBy(inPeriod, c => c.Platform),
            CountBy(inPeriod, c => c.Classification is { } k ? Labels.Snake(k.Intent.ToString()) : "unclassified"),
            CountBy(inPeriod, c => c.Classification?.Sentiment.ToString().ToLowerInvariant() ?? "unclassified"),
            inPeriod.Count == 0 ? 0 : Math.Round((double)afterHours / inPeriod.Count, 4),
            new CsatSummary(rated.Count == 0 ? null : Math.Round(rated.Average(), 2), rated.Count),
            conversations.Count(c => c.Status != ConversationStatus.Resolved),
            daily,
            inPeriod.Count(c => c.LeadSince is not null),
            inPeriod.SelectMany(c => c.FlaggedReplies ?? [])
                .GroupBy(f => f.AgentId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new AgentReplyChecks(g.Key, g.Count(f => f.Forced), g.Count()))
                .ToList());
    }

    private static SortedDictionary<string, int> CountBy(IEnumerable<Conversation> items, Func<Conversation, string> key) =>
        new(items.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
