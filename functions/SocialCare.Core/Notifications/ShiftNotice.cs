using System.Globalization;
using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Notifications;

/// <summary>
/// What an agent reads when the channel closes (a hand-over: their open cases, which are breaching, what waits
/// unassigned in their teams) or opens (the backlog digest: what waits for the first shift, oldest due first). It
/// covers all their cases, not one channel's: channels closing together send one.
/// </summary>
public static class ShiftNotice
{
    public const int MaxListed = 10;

    /// <param name="own">The agent's open and waiting cases.</param>
    /// <param name="unassigned">Open cases nobody owns in the agent's teams.</param>
    public static Notice Build(bool closing, Agent agent, IReadOnlyList<Conversation> own, IReadOnlyList<Conversation> unassigned,
        DateTimeOffset now, string timeZone, IActionLinks links)
    {
        var open = own.Count(c => c.Status == ConversationStatus.Open);
        var waiting = own.Count(c => c.Status == ConversationStatus.Waiting);
        var breaching = own.Concat(unassigned).Count(c => InboxKeys.Due(c) is { } due && due <= now);
        var facts = new List<NoticeFact>
        {
            new(closing ? "Your open cases" : "Your cases", open.ToString(CultureInfo.InvariantCulture)),
            new("Waiting on the customer", waiting.ToString(CultureInfo.InvariantCulture)),
            new("Unassigned in your teams", unassigned.Count.ToString(CultureInfo.InvariantCulture)),
            new("Past their SLA", breaching.ToString(CultureInfo.InvariantCulture)),
            new(closing ? "Closed at" : "Opened at", Labels.LocalTime(now, timeZone)),
        };
        // What needs a person first: the agent's own open cases at closing, the unassigned backlog at opening; by SLA due.
        var listed = (closing ? own.Where(c => c.Status == ConversationStatus.Open).Concat(unassigned) : unassigned.Concat(own.Where(c => c.Status == ConversationStatus.Open)))
            .OrderBy(c => InboxKeys.Due(c) ?? DateTimeOffset.MaxValue)
            .ThenBy(c => c.Priority.Level)
            .Take(MaxListed)
            .ToList();
        var quote = string.Join("\n", listed.Select(c => $"{Line(c, now)}"));
        var title = closing
            ? $"Hand-over at closing, {agent.Name}: {open} open, {waiting} waiting on the customer, {unassigned.Count} unassigned"
            : $"Good morning, {agent.Name}: {unassigned.Count} waiting in your teams, {open} of yours open";
        var subject = closing
            ? $"[hand-over] {open} open, {waiting} waiting, {unassigned.Count} unassigned"
            : $"[backlog] {unassigned.Count} waiting, {open} yours, {breaching} past SLA";
        var actions = new List<NoticeLink> { new("Open the inbox", new Uri(links.Conversation("x"), "/inbox")) };
        actions.AddRange(listed.Take(3).Select(c => new NoticeLink(c.Customer.Name, links.Conversation(c.Id))));
        return new Notice(title, subject, quote.Length == 0 ? null : quote, facts, actions, breaching > 0 ? NoticeTone.Warning : NoticeTone.Default);
    }

    private static string Line(Conversation c, DateTimeOffset now)
    {
        var due = InboxKeys.Due(c) is { } d ? (d <= now ? " · past SLA" : "") : "";
        var owner = c.Assignee is null ? "unassigned" : c.Status == ConversationStatus.Waiting ? "waiting" : "open";
        return $"[{c.Platform}] {c.Customer.Name} ({c.Priority.Label}, {owner}{due}): {ConversationEmail.Shorten(c.Preview ?? "", 120)}";
    }
}
