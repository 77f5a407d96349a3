using System.Globalization;
using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Notifications;

/// <summary>The notice about a conversation: new message, assignment or SLA breach, with one-click links.</summary>
public static class ConversationNotice
{
    public const int QuoteLength = 1000;

    /// <param name="ownerName">The assignee's display name, or null when unassigned.</param>
    /// <param name="timeZone">The team's IANA time zone, for the SLA due time.</param>
    public static Notice Build(NotificationKind kind, string? detail, Conversation c, ConversationMessage? latest, string? ownerName, string timeZone, IActionLinks links)
    {
        var intent = c.Classification is { } k ? Labels.Snake(k.Intent.ToString()) : "other";
        var sentiment = c.Classification?.Sentiment.ToString().ToLowerInvariant() ?? "unknown";
        var facts = new List<NoticeFact>
        {
            new("Platform", $"{c.Platform} · {c.ChannelId}"),
            new("Author", c.Customer.Followers is { } f ? $"{c.Customer.Name} ({f.ToString("N0", CultureInfo.InvariantCulture)} followers)" : c.Customer.Name),
            new("Intent", intent),
            new("Sentiment", sentiment),
            new("Priority", $"{c.Priority.Label}: {string.Join(", ", c.Priority.Reasons)}"),
            new("Owner", ownerName ?? c.Assignee ?? "unassigned"),
            new("Team", c.Team),
        };
        if (Due(kind, detail, c) is { } due) facts.Add(new(kind == NotificationKind.SlaBreach ? "Was due" : "SLA due", Labels.LocalTime(due, timeZone)));
        facts.Add(new("Messages", c.MessageCount.ToString(CultureInfo.InvariantCulture)));

        var actions = new List<NoticeLink>();
        if (NoticeLink.PostUrl(latest?.Permalink ?? c.Permalink) is { } post) actions.Add(new("Open post", post));
        actions.Add(new("Claim", links.Claim(c.Id, c.Assignee)));
        actions.Add(new("Resolve", links.Resolve(c.Id, c.Assignee)));
        actions.Add(new("Open in inbox", links.Conversation(c.Id)));

        var quote = ConversationEmail.Shorten(latest?.Text ?? "", QuoteLength);
        var title = kind switch
        {
            NotificationKind.Assigned => $"Assigned to {ownerName ?? c.Assignee}: {c.Customer.Name} on {c.Platform}",
            NotificationKind.SlaBreach => $"SLA breach ({Labels.Breach(detail)}): {c.Customer.Name} on {c.Platform}",
            _ => $"New {intent} from {c.Customer.Name} on {c.Platform}",
        };
        var subject = ConversationEmail.Subject(c, latest);
        if (kind == NotificationKind.SlaBreach) subject = $"[SLA {Labels.Breach(detail)}]{subject}";
        var tone = kind == NotificationKind.SlaBreach || c.Priority.Level <= 1 ? NoticeTone.Alert : c.Priority.Level == 2 ? NoticeTone.Warning : NoticeTone.Default;
        return new Notice(title, subject, quote, facts, actions, tone);
    }

    private static DateTimeOffset? Due(NotificationKind kind, string? detail, Conversation c)
    {
        if (c.Sla is not { } sla) return null;
        return kind == NotificationKind.SlaBreach
            ? detail switch
            {
                "next_response" => sla.NextResponseDue,
                "resolution" => sla.ResolutionDue,
                _ => sla.FirstResponseDue,
            }
            : sla.FirstResponseDue ?? sla.NextResponseDue ?? sla.ResolutionDue;
    }
}
