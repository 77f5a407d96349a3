using SocialCare.Core.Events;

namespace SocialCare.Core.Conversations;

/// <summary>A message in a conversation. Id is the event id, which makes a redelivery a no-op.</summary>
public sealed record ConversationMessage(
    string Id,
    MessageDirection Direction,
    string Text,
    DateTimeOffset At,
    EventKind Kind,
    string AuthorId,
    string AuthorName,
    MessageState State = MessageState.Visible,
    string? PlatformMessageId = null,
    string? Permalink = null,
    string? AgentId = null);
