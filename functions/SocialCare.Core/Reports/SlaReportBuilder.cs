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

    /// <param name="conversations">Conversations of the team/channel asked about; those that started in the period count.</param>
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
        var days = conversations
            .Where(c => c.CreatedAt >= from && c.CreatedAt < to)
            .GroupBy(c => ReportFact.Day(c.CreatedAt))
            .Select(g => DayRollup.Of(g.Key, g, hoursFor, now));
        return Combine(days, from, to, team, channelId, agentName);
    }

    /// <summary>
    /// Adds up the days of a period (each the rollup of the conversations that started that day); the backlog now is the
    /// period's cases still open or waiting.
    /// </summary>
    public static SlaReport Combine(IEnumerable<DayRollup> days, DateTimeOffset from, DateTimeOffset to, string? team = null, string? channelId = null,
        Func<string, string>? agentName = null)
    {
        var ordered = days.OrderBy(d => d.Day, StringComparer.Ordinal).ToList();
        var all = new GroupTotals();
        var breaches = new Dictionary<string, int> { [FirstResponseBreach] = 0, [NextResponseBreach] = 0, [ResolutionBreach] = 0 };
        var (platforms, intents, sentiments, heat) = (new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
        var (agents, teams) = (new Dictionary<string, GroupTotals>(StringComparer.Ordinal), new Dictionary<string, GroupTotals>(StringComparer.Ordinal));
        var (afterHours, leads, unresolved) = (0, 0, 0);
        foreach (var day in ordered)
        {
            all.Add(day.All);
            AddCounts(breaches, day.Breaches);
            AddCounts(platforms, day.ByPlatform);
            AddCounts(intents, day.ByIntent);
            AddCounts(sentiments, day.BySentiment);
            AddCounts(heat, day.Heat);
            AddGroups(agents, day.Agents);
            AddGroups(teams, day.Teams);
            (afterHours, leads, unresolved) = (afterHours + day.AfterHours, leads + day.Leads, unresolved + day.Unresolved);
        }
        var rated = all.CsatCount;
        var weeks = ordered
            .GroupBy(d => IsoWeek(DateTimeOffset.Parse(d.Day + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var (count, csatSum, csatCount, late) = (g.Sum(d => d.All.Handled), g.Sum(d => d.All.CsatSum), g.Sum(d => d.All.CsatCount), g.Sum(d => d.AfterHours));
                return new WeeklyFigures(g.Key, count, csatCount == 0 ? null : Math.Round((double)csatSum / csatCount, 2), count == 0 ? 0 : Math.Round((double)late / count, 4));
            })
            .ToList();
        return new SlaReport(
            from,
            to,
            team,
            channelId,
            all.Handled,
            GroupTotals.Stats(all.FirstTenths),
            GroupTotals.Stats(all.ResolutionTenths),
            breaches,
            new SortedDictionary<string, int>(platforms, StringComparer.Ordinal),
            new SortedDictionary<string, int>(intents, StringComparer.Ordinal),
            new SortedDictionary<string, int>(sentiments, StringComparer.Ordinal),
            all.Handled == 0 ? 0 : Math.Round((double)afterHours / all.Handled, 4),
            new CsatSummary(all.Csat, rated),
            unresolved,
            [.. ordered.Select(d => new DailyFigures(DateOnly.ParseExact(d.Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.All.Handled, d.All.First, d.All.Resolution))],
            leads,
            [.. agents.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new AgentFigures(a.Key, agentName?.Invoke(a.Key) ?? a.Key, a.Value.Handled, a.Value.First, a.Value.Resolution,
                a.Value.SlaMetRate, a.Value.Csat, a.Value.ReopenRate, a.Value.Forced, a.Value.Flagged))],
            [.. teams.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TeamFigures(t.Key, t.Value.Handled, t.Value.First, t.Value.Resolution,
                t.Value.SlaMetRate, t.Value.Csat, t.Value.ReopenRate, t.Value.Forced, t.Value.Flagged))],
            [.. heat.Select(h => h.Key.Split('|')).Select(k => new HeatmapCell(k[0], int.Parse(k[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(k[2], System.Globalization.CultureInfo.InvariantCulture), heat[string.Join('|', k)]))
                .OrderBy(h => h.ChannelId, StringComparer.Ordinal).ThenBy(h => h.DayOfWeek).ThenBy(h => h.Hour)],
            weeks);
    }

    private static void AddCounts(Dictionary<string, int> into, Dictionary<string, int> counts)
    {
        foreach (var (key, count) in counts) into[key] = into.GetValueOrDefault(key) + count;
    }

    private static void AddGroups(Dictionary<string, GroupTotals> into, Dictionary<string, GroupTotals> groups)
    {
        foreach (var (key, totals) in groups)
        {
            if (!into.TryGetValue(key, out var g)) into[key] = g = new GroupTotals();
            g.Add(totals);
        }
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
}
