using System.Globalization;

namespace SocialCare.Core.Conversations;

/// <summary>
/// Where a conversation stands in the inbox's index: one row per list it belongs to (every open case, a team's,
/// an owner's, a team's unassigned), keyed so that a list reads in the order the agent works it. Open cases sort by the
/// SLA clock due first, then priority; waiting ones by their last message; resolved ones newest first.
/// </summary>
public static class InboxKeys
{
    public const string All = "all";
    public const string Team = "team";
    public const string Owner = "owner";
    public const string Unassigned = "unassigned";

    /// <summary>
    /// The list's name: <c>all|open</c>, <c>team|care|open</c>, <c>owner|anna|waiting</c>, <c>unassigned|care</c>; resolved
    /// cases by the ISO week they were resolved in (<c>team|care|resolved|2026-W48</c>), so no list grows with history.
    /// </summary>
    public static string Scope(string kind, string? id, ConversationStatus status, DateTimeOffset? resolvedIn = null)
    {
        var name = status == ConversationStatus.Resolved ? $"{Name(status)}|{Week(resolvedIn ?? throw new ArgumentNullException(nameof(resolvedIn), "a resolved list is per week"))}" : Name(status);
        return kind switch
        {
            All => $"{All}|{name}",
            Unassigned => $"{Unassigned}|{id}",
            _ => $"{kind}|{id}|{name}",
        };
    }

    /// <summary>The resolved lists that hold what was resolved in <paramref name="window"/> up to <paramref name="now"/>, newest first.</summary>
    public static IReadOnlyList<string> ResolvedScopes(string kind, string? id, DateTimeOffset now, TimeSpan window) =>
        [.. new[] { now, now - window }.Select(at => Scope(kind, id, ConversationStatus.Resolved, at)).Distinct()];

    public static IReadOnlyList<(string Scope, string Row)> For(Conversation c)
    {
        var row = Row(c);
        var resolvedIn = c.ResolvedAt ?? c.LastMessageAt;
        var keys = new List<(string, string)> { (Scope(All, null, c.Status, resolvedIn), row), (Scope(Team, c.Team, c.Status, resolvedIn), row) };
        if (c.Assignee is { } owner) keys.Add((Scope(Owner, owner, c.Status, resolvedIn), row));
        else if (c.Status == ConversationStatus.Open) keys.Add((Scope(Unassigned, c.Team, c.Status), row));
        return keys;
    }

    private static string Week(DateTimeOffset at) =>
        $"{ISOWeek.GetYear(at.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(at.UtcDateTime):00}";

    /// <summary>The earliest running SLA clock of an open case: first response, next response or resolution.</summary>
    public static DateTimeOffset? Due(Conversation c) =>
        c.Status == ConversationStatus.Open && c.Sla is { } sla
            ? new[] { sla.FirstResponseDue, sla.NextResponseDue, sla.ResolutionDue }.Where(d => d is not null).Min()
            : null;

    public static string Row(Conversation c) => c.Status switch
    {
        ConversationStatus.Open => $"{Ticks(Due(c)?.UtcTicks ?? DateTimeOffset.MaxValue.UtcTicks)}|{c.Priority.Level}|{c.Id}",
        ConversationStatus.Waiting => $"{Ticks(c.LastMessageAt.UtcTicks)}|{c.Id}",
        _ => $"{Ticks(DateTimeOffset.MaxValue.UtcTicks - (c.ResolvedAt ?? c.LastMessageAt).UtcTicks)}|{c.Id}",
    };

    private static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);

    private static string Name(ConversationStatus status) => status.ToString().ToLowerInvariant();
}
