using System.Text.Json.Serialization;
using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Notifications;

namespace SocialCare.Core.Reports;

/// <summary>
/// A group's figures over some conversations, kept so that groups add up: the business minutes themselves (in tenths,
/// so medians and p90 of many days are exact to 0.1 minute), SLA clocks met and decided, CSAT sum and count, cases
/// reopened, and replies sent forced or with findings open.
/// </summary>
public sealed class GroupTotals
{
    public int Handled { get; set; }
    public List<int> FirstTenths { get; set; } = [];
    public List<int> ResolutionTenths { get; set; } = [];
    public int SlaMet { get; set; }
    public int SlaDecided { get; set; }
    public int CsatSum { get; set; }
    public int CsatCount { get; set; }
    public int Reopened { get; set; }
    public int Forced { get; set; }
    public int Flagged { get; set; }

    public void Add(GroupTotals other)
    {
        Handled += other.Handled;
        FirstTenths.AddRange(other.FirstTenths);
        ResolutionTenths.AddRange(other.ResolutionTenths);
        SlaMet += other.SlaMet;
        SlaDecided += other.SlaDecided;
        CsatSum += other.CsatSum;
        CsatCount += other.CsatCount;
        Reopened += other.Reopened;
        Forced += other.Forced;
        Flagged += other.Flagged;
    }

    public MinutesSummary First => Summary(FirstTenths);
    public MinutesSummary Resolution => Summary(ResolutionTenths);
    public double? SlaMetRate => SlaDecided == 0 ? null : Math.Round((double)SlaMet / SlaDecided, 4);
    public double? Csat => CsatCount == 0 ? null : Math.Round((double)CsatSum / CsatCount, 2);
    public double ReopenRate => Handled == 0 ? 0 : Math.Round((double)Reopened / Handled, 4);

    public static DurationStats Stats(List<int> tenths)
    {
        var sorted = tenths.Select(t => t / 10.0).Order().ToArray();
        return new DurationStats(sorted.Length, DurationStats.Percentile(sorted, 0.5), DurationStats.Percentile(sorted, 0.9));
    }

    private static MinutesSummary Summary(List<int> tenths) => MinutesSummary.Of(Stats(tenths));
}

/// <summary>
/// Everything a report needs of the conversations that started on one UTC day (within a team and/or channel): so a
/// report over 90 days adds 90 of these instead of reading every conversation. Built by <see cref="Of"/>, added up by
/// <see cref="SlaReportBuilder"/>; kept by the store per day and scope until a conversation of that day changes.
/// </summary>
public sealed class DayRollup
{
    /// <summary>Bumped when the shape or the rules change: kept rollups of another version are built again.</summary>
    public const int Version = 1;

    public string Day { get; set; } = "";
    public GroupTotals All { get; set; } = new();
    public Dictionary<string, int> Breaches { get; set; } = [];
    public Dictionary<string, int> ByPlatform { get; set; } = [];
    public Dictionary<string, int> ByIntent { get; set; } = [];
    public Dictionary<string, int> BySentiment { get; set; } = [];
    public int AfterHours { get; set; }
    public int Leads { get; set; }
    public int Unresolved { get; set; }
    public Dictionary<string, GroupTotals> Agents { get; set; } = [];
    public Dictionary<string, GroupTotals> Teams { get; set; } = [];
    /// <summary>"{channelId}|{dayOfWeek}|{hour}" → customer messages of the day's conversations, in the channel's time zone.</summary>
    public Dictionary<string, int> Heat { get; set; } = [];

    public static DayRollup Of(string day, IEnumerable<Conversation> conversations, Func<string, OpeningHours> hoursFor, DateTimeOffset now)
    {
        var rollup = new DayRollup { Day = day };
        var clocks = new Dictionary<string, (OpeningHours Hours, BusinessClock Clock)>(StringComparer.Ordinal);
        (OpeningHours Hours, BusinessClock Clock) For(string channel)
        {
            if (!clocks.TryGetValue(channel, out var pair)) clocks[channel] = pair = (hoursFor(channel), new BusinessClock(hoursFor(channel)));
            return pair;
        }
        foreach (var c in conversations)
        {
            var (hours, clock) = For(c.ChannelId);
            var one = new GroupTotals { Handled = 1, Reopened = c.Reopens > 0 ? 1 : 0 };
            if (c.FirstResponseAt is { } first) one.FirstTenths.Add(Tenths(clock.Elapsed(c.CreatedAt, first)));
            if ((c.ResolutionTime ?? (c.ResolvedAt is { } resolved ? clock.Elapsed(c.CreatedAt, resolved) : null)) is { } resolution) one.ResolutionTenths.Add(Tenths(resolution));
            (one.SlaMet, one.SlaDecided) = SlaReportBuilder.SlaClocks(c, now);
            if (c.Csat is { } csat) (one.CsatSum, one.CsatCount) = (csat, 1);
            var flagged = c.FlaggedReplies ?? [];
            (one.Forced, one.Flagged) = (flagged.Count(f => f.Forced), flagged.Count);

            rollup.All.Add(one);
            Group(rollup.Teams, c.Team).Add(one);
            if (c.Assignee is { } owner) Group(rollup.Agents, owner).Add(WithoutFlags(one));
            // Flagged replies count for who sent them, whoever owns the case.
            foreach (var sender in flagged.GroupBy(f => f.AgentId, StringComparer.Ordinal))
            {
                var g = Group(rollup.Agents, sender.Key);
                g.Forced += sender.Count(f => f.Forced);
                g.Flagged += sender.Count();
            }

            Count(rollup.Breaches, SlaReportBuilder.FirstResponseBreach, c.Sla?.FirstResponseDue is { } fd && (c.FirstResponseAt ?? now) > fd);
            Count(rollup.Breaches, SlaReportBuilder.NextResponseBreach, c.Sla?.NextResponseDue is { } nd && c.Status != ConversationStatus.Resolved && now > nd);
            Count(rollup.Breaches, SlaReportBuilder.ResolutionBreach, c.Sla?.ResolutionDue is { } rd && (c.ResolvedAt ?? now) > rd);
            Count(rollup.ByPlatform, c.Platform, true);
            Count(rollup.ByIntent, c.Classification is { } k ? Labels.Snake(k.Intent.ToString()) : "unclassified", true);
            Count(rollup.BySentiment, c.Classification?.Sentiment.ToString().ToLowerInvariant() ?? "unclassified", true);
            if (!hours.IsOpen(c.CreatedAt)) rollup.AfterHours++;
            if (c.LeadSince is not null) rollup.Leads++;
            if (c.Status != ConversationStatus.Resolved) rollup.Unresolved++;
            foreach (var at in c.InboundAt ?? [])
            {
                var local = TimeZoneInfo.ConvertTime(at, hours.Zone);
                Count(rollup.Heat, $"{c.ChannelId}|{(int)local.DayOfWeek}|{local.Hour}", true);
            }
        }
        return rollup;
    }

    // An owner's figures are their cases'; their flagged replies are counted by sender above.
    private static GroupTotals WithoutFlags(GroupTotals one) => new()
    {
        Handled = one.Handled, FirstTenths = [.. one.FirstTenths], ResolutionTenths = [.. one.ResolutionTenths], SlaMet = one.SlaMet, SlaDecided = one.SlaDecided,
        CsatSum = one.CsatSum, CsatCount = one.CsatCount, Reopened = one.Reopened,
    };

    private static int Tenths(TimeSpan duration) => (int)Math.Round(duration.TotalMinutes * 10);

    private static GroupTotals Group(Dictionary<string, GroupTotals> groups, string key)
    {
        if (!groups.TryGetValue(key, out var g)) groups[key] = g = new GroupTotals();
        return g;
    }

    private static void Count(Dictionary<string, int> counts, string key, bool when)
    {
        if (when) counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DayRollup))]
public sealed partial class DayRollupJson : JsonSerializerContext;
