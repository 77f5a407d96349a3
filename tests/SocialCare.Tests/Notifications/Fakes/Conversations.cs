using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Notifications.Fakes;

/// <summary>Conversations and messages as tests need them.</summary>
public static class Conversations
{
    public static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static Conversation Complaint(string id, string? assignee = null, string team = "first-line", string customer = "Anna Nowak") => new(
        id, "facebook", "page-1", "key-" + id, new Customer("c-" + id, customer, 12500), ConversationStatus.Open, team, assignee,
        new Core.Classification.Classification("pl", Sentiment.Negative, 0.9, Intent.Complaint, ["influencer"], new PriorityAssessment(1, ["complaint", "12,500 followers"]), Core.Classification.Classification.SourceOffline),
        new PriorityAssessment(1, ["complaint", "12,500 followers"]), At, At, 1, "https://facebook.com/post/1",
        Sla: new SlaClock(At.AddHours(1), null, At.AddHours(8)));

    public static ConversationMessage Message(string id, string text, DateTimeOffset? at = null) =>
        new(id, MessageDirection.Inbound, text, at ?? At, EventKind.Comment, "c-1", "Anna Nowak", Permalink: "https://facebook.com/post/1?comment=" + id);
}
