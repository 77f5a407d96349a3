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
    /// <param name="agentName">An agent's display name by id (the id when unknown).</param>
    public static SlaReport Build(
        IReadOnlyList<Conversation> conversations,
        Func<string, OpeningHours> hoursFor,
        DateTimeOffset from,
        DateTimeOffset to,
        DateTimeOffset now,
        string? team = null,
        string? channelId = null,
        Func<string, string>? agentName = null)
    {
        var inPeriod = conversations.Where(c => c.CreatedAt >= from && c.CreatedAt < to).ToList();
        var clocks = new Dictionary<string, (OpeningHours Hours, BusinessClock Clock)>();
        (OpeningHours Hours, BusinessClock Clock) For(string channel)
        {
            if (!clocks.TryGetValue(channel, out var pair)) clocks[channel] = pair = (hoursFor(channel), new BusinessClock(hoursFor(channel)));
            return pair;
        }

        TimeSpan? Business(Conversation c, DateTimeOffset? end) => end is { } e ? For(c.ChannelId).Clock.Elapsed(c.CreatedAt, e) : null;
        DurationStats FirstResponses(IEnumerable<Conversation> cs) => DurationStats.Of(cs.Select(c => Business(c, c.FirstResponseAt)).OfType<TimeSpan>());
        DurationStats Resolutions(IEnumerable<Conversation> cs) => DurationStats.Of(cs.Select(c => c.ResolutionTime ?? Business(c, c.ResolvedAt)).OfType<TimeSpan>());

        var breaches = new Dictionary<string, int>
        {
            [FirstResponseBreach] = inPeriod.Count(c => c.Sla?.FirstResponseDue is { } due && (c.FirstResponseAt ?? now) > due),
            [NextResponseBreach] = inPeriod.Count(c => c.Sla?.NextResponseDue is { } due && c.Status != ConversationStatus.Resolved && now > due),
            [ResolutionBreach] = inPeriod.Count(c => c.Sla?.ResolutionDue is { } due && (c.ResolvedAt ?? now) > due),
        };
        var afterHours = inPeriod.Count(c => !For(c.ChannelId).Hours.IsOpen(c.CreatedAt));
        var daily = inPeriod
            .GroupBy(c => DateOnly.FromDateTime(c.CreatedAt.UtcDateTime))
            .OrderBy(g => g.Key)
            .Select(g => new DailyFigures(g.Key, g.Count(), MinutesSummary.Of(FirstResponses(g)), MinutesSummary.Of(Resolutions(g))))
            .ToList();
        var agents = inPeriod
            .Where(c => c.Assignee is not null)
            .GroupBy(c => c.Assignee!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var f = Figures(g.ToList(), c => c.FlaggedReplies?.Where(r => r.AgentId == g.Key) ?? []);
                return new AgentFigures(g.Key, agentName?.Invoke(g.Key) ?? g.Key, f.Handled, f.First, f.Resolution, f.SlaMet, f.Csat, f.Reopen, f.Forced, f.Flagged);
            })
            .ToList();
        // Flagged replies on cases someone else owns now still count for who sent them.
        foreach (var sender in inPeriod.SelectMany(c => c.FlaggedReplies ?? []).Select(r => r.AgentId).Distinct().Where(id => agents.All(a => a.AgentId != id)).Order(StringComparer.Ordinal).ToList())
        {
            var flagged = inPeriod.SelectMany(c => c.FlaggedReplies ?? []).Where(r => r.AgentId == sender).ToList();
            agents.Add(new AgentFigures(sender, agentName?.Invoke(sender) ?? sender, 0, new(null, null), new(null, null), null, null, 0, flagged.Count(r => r.Forced), flagged.Count));
        }
        var teams = inPeriod
            .GroupBy(c => c.Team, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var f = Figures(g.ToList(), c => c.FlaggedReplies ?? []);
                return new TeamFigures(g.Key, f.Handled, f.First, f.Resolution, f.SlaMet, f.Csat, f.Reopen, f.Forced, f.Flagged);
            })
            .ToList();
        var heatmap = conversations
            .SelectMany(c => (c.InboundAt ?? []).Where(at => at >= from && at < to).Select(at => (c.ChannelId, Local: TimeZoneInfo.ConvertTime(at, For(c.ChannelId).Hours.Zone))))
            .GroupBy(x => (x.ChannelId, Day: (int)x.Local.DayOfWeek, x.Local.Hour))
            .OrderBy(g => g.Key.ChannelId, StringComparer.Ordinal).ThenBy(g => g.Key.Day).ThenBy(g => g.Key.Hour)
            .Select(g => new HeatmapCell(g.Key.ChannelId, g.Key.Day, g.Key.Hour, g.Count()))
            .ToList();

        (int Handled, MinutesSummary First, MinutesSummary Resolution, double? SlaMet, double? Csat, double Reopen, int Forced, int Flagged) Figures(
            IReadOnlyList<Conversation> cs, Func<Conversation, IEnumerable<FlaggedReply>> flaggedOf)
        {
            var (met, decided) = cs.Select(c => SlaClocks(c, now)).Aggregate((0, 0), (sum, x) => (sum.Item1 + x.Met, sum.Item2 + x.Decided));
            var rated = cs.Where(c => c.Csat is not null).Select(c => (double)c.Csat!.Value).ToList();
            var flagged = cs.SelectMany(flaggedOf).ToList();
            return (cs.Count, MinutesSummary.Of(FirstResponses(cs)), MinutesSummary.Of(Resolutions(cs)),
                decided == 0 ? null : Math.Round((double)met / decided, 4),
                rated.Count == 0 ? null : Math.Round(rated.Average(), 2),
                cs.Count == 0 ? 0 : Math.Round((double)cs.Count(c => c.Reopens > 0) / cs.Count, 4),
                flagged.Count(r => r.Forced), flagged.Count);
        }

        var weeks = inPeriod
            .GroupBy(c => IsoWeek(c.CreatedAt))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ratings = g.Where(c => c.Csat is not null).Select(c => (double)c.Csat!.Value).ToList();
                return new WeeklyFigures(g.Key, g.Count(), ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
                    Math.Round((double)g.Count(c => !For(c.ChannelId).Hours.IsOpen(c.CreatedAt)) / g.Count(), 4));
            })
            .ToList();
        var rated = inPeriod.Where(c => c.Csat is not null).Select(c => (double)c.Csat!.Value).ToList();
        return new SlaReport(
            from,
            to,
            team,
            channelId,
            inPeriod.Count,
            FirstResponses(inPeriod),
            Resolutions(inPeriod),
            breaches,
            CountBy(inPeriod, c => c.Platform),
            CountBy(inPeriod, c => c.Classification is { } k ? Labels.Snake(k.Intent.ToString()) : "unclassified"),
            CountBy(inPeriod, c => c.Classification?.Sentiment.ToString().ToLowerInvariant() ?? "unclassified"),
            inPeriod.Count == 0 ? 0 : Math.Round((double)afterHours / inPeriod.Count, 4),
            new CsatSummary(rated.Count == 0 ? null : Math.Round(rated.Average(), 2), rated.Count),
            conversations.Count(c => c.Status != ConversationStatus.Resolved),
            daily,
            inPeriod.Count(c => c.LeadSince is not null),
            agents,
            teams,
            heatmap,
            weeks);
    }

    /// <summary>"2026-W48": the ISO week of an instant's UTC date.</summary>
    public static string IsoWeek(DateTimeOffset at) =>
        $"{System.Globalization.ISOWeek.GetYear(at.UtcDateTime)}-W{System.Globalization.ISOWeek.GetWeekOfYear(at.UtcDateTime):00}";

    /// <summary>
    /// The clocks of a case that are decided, and how many were met: first response once answered or breached;
    /// resolution once resolved or breached; next response when the case was answered again after the first response
    /// or breached it. A clock still running is not decided.
    /// </summary>
    public static (int Met, int Decided) SlaClocks(Conversation c, DateTimeOffset now)
    {
        var breached = c.SlaBreaches ?? [];
        bool Breached(string kind) => breached.Any(b => b == kind || b.StartsWith(kind + "@", StringComparison.Ordinal));
        var (met, decided) = (0, 0);
        void Clock(bool isDecided, bool wasBreached)
        {
            if (!isDecided && !wasBreached) return;
            decided++;
            if (!wasBreached) met++;
        }
        Clock(c.FirstResponseAt is not null, Breached(FirstResponseBreach) || (c.FirstResponseAt is null && c.Sla?.FirstResponseDue < now));
        Clock(c.LastResponseAt > c.FirstResponseAt, Breached(NextResponseBreach));
        Clock(c.ResolvedAt is not null, Breached(ResolutionBreach) || (c.ResolvedAt is null && c.Sla?.ResolutionDue < now));
        return (met, decided);
    }

    private static SortedDictionary<string, int> CountBy(IEnumerable<Conversation> items, Func<Conversation, string> key) =>
        new(items.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
