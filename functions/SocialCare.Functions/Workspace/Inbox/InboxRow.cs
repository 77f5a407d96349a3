using SocialCare.Core.Conversations;

namespace SocialCare.Functions.Workspace.Inbox;

/// <summary>A line of the list: the conversation, the clock that is due first, and its owner's name.</summary>
public sealed record InboxRow(Conversation Conversation, DateTimeOffset? Due, string? OwnerName)
{
    public bool Breached(DateTimeOffset now) => Due is { } due && due <= now;
}
