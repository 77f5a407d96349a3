using SocialCare.Core.Classification;
using SocialCare.Core.Events;

namespace SocialCare.Core.Conversations;

/// <summary>Pure rules for what an inbound event does to a conversation and its messages.</summary>
public static class ConversationLedger
{
    public static Conversation Start(string id, InboundEvent e, Classification.Classification classification, string team, DateTimeOffset now) =>
        new(
            Id: id,
            Platform: e.Platform,
            ChannelId: e.ChannelId,
            ConversationKey: e.ConversationKey,
            Customer: new Customer(e.Author.Id, e.Author.Name, e.Author.Followers),
            Status: ConversationStatus.Open,
            Team: team,
            Assignee: null,
            Classification: classification,
            Priority: classification.Priority,
            CreatedAt: now,
            LastMessageAt: e.CreatedAt,
            MessageCount: 0,
            Permalink: e.Permalink);

    /// <summary>The message a created event adds; the brand's own messages are outbound responses.</summary>
    public static ConversationMessage MessageFor(InboundEvent e) =>
        new(
            Id: e.EventId,
            Direction: e.FromBrand ? MessageDirection.Outbound : MessageDirection.Inbound,
            Text: e.Text,
            At: e.CreatedAt,
            Kind: e.Kind,
            AuthorId: e.Author.Id,
            AuthorName: e.Author.Name,
            PlatformMessageId: e.RawEventId,
            Permalink: e.Permalink,
            Attachments: e.Attachments);

    /// <summary>Adds a created message: customer messages reopen and reclassify, brand messages count as a response.</summary>
    public static Conversation Append(Conversation c, InboundEvent e, Classification.Classification classification)
    {
        var lastAt = e.CreatedAt > c.LastMessageAt ? e.CreatedAt : c.LastMessageAt;
        if (e.FromBrand)
        {
            return c with
            {
                MessageCount = c.MessageCount + 1,
                LastMessageAt = lastAt,
                Preview = e.CreatedAt >= c.LastMessageAt ? Conversation.PreviewOf(e.Text) : c.Preview,
                FirstResponseAt = c.FirstResponseAt ?? e.CreatedAt,
                LastResponseAt = Later(c.LastResponseAt, e.CreatedAt),
            };
        }

        // A rating answering the satisfaction question is stored, and the resolved case stays resolved.
        if (c.Status == ConversationStatus.Resolved && c.CsatAskedAt is not null && c.Csat is null && Agents.CsatRating.Parse(e.Text) is { } rating)
        {
            return c with { MessageCount = c.MessageCount + 1, LastMessageAt = lastAt, Csat = rating, InboundAt = c.WithInbound(e.CreatedAt) };
        }

        var priority = MoreUrgent(c.Priority, classification.Priority);
        var intent = c.Labels?.Intent ?? classification.Intent;
        return c.Resumed(e.CreatedAt) with
        {
            LeadSince = c.LeadSince ?? (intent == Intent.PurchaseIntent ? e.CreatedAt : null),
            Reopens = c.Status == ConversationStatus.Resolved ? c.Reopens + 1 : c.Reopens,
            InboundAt = c.WithInbound(e.CreatedAt),
            MessageCount = c.MessageCount + 1,
            LastMessageAt = lastAt,
            Preview = e.CreatedAt >= c.LastMessageAt ? Conversation.PreviewOf(e.Text) : c.Preview,
            // What an agent corrected stands: a later message does not undo their judgement.
            Classification = c.Labels?.Intent is { } corrected ? classification with { Intent = corrected } : classification,
            Priority = c.Labels?.Assessment ?? priority,
            Status = ConversationStatus.Open,
            ResolvedAt = c.Status == ConversationStatus.Resolved ? null : c.ResolvedAt,
            Customer = c.Customer with { Followers = e.Author.Followers ?? c.Customer.Followers },
            LastCustomerMessageAt = Later(c.LastCustomerMessageAt, e.CreatedAt),
        };
    }

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;

    /// <summary>
    /// Edits change the text (and the attachments, when the edit carries any: an edit notice without them keeps what the
    /// customer sent); removals and hides only mark the message, history is never deleted.
    /// </summary>
    public static ConversationMessage ApplyChange(ConversationMessage m, InboundEvent e) => e.Action switch
    {
        EventAction.Edited => m with { Text = e.Text, State = MessageState.Edited, Attachments = e.Attachments ?? m.Attachments },
        EventAction.Removed => m with { State = MessageState.Removed },
        EventAction.Hidden => m with { State = MessageState.Hidden },
        EventAction.Unhidden => m with { State = MessageState.Visible },
        _ => m,
    };

    public static PriorityAssessment MoreUrgent(PriorityAssessment a, PriorityAssessment b) => b.Level < a.Level ? b : a;
}
