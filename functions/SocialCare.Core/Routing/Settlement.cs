using SocialCare.Core.Conversations;

namespace SocialCare.Core.Routing;

/// <summary>A conversation with its priority, clocks and owner worked out; <see cref="Assigned"/> when it got an owner just now.</summary>
public sealed record Settlement(Conversation Conversation, Assignment? Assigned)
{
    /// <summary>The thread's lines for what settling did (an assignment), stored in the same write.</summary>
    public IReadOnlyList<ConversationMessage> Events { get; init; } = [];
}
