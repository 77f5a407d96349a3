namespace SocialCare.Core.Conversations;

/// <summary>
/// Conversation ids sort newest first (inverted ticks, then a digest of the thread), so a plain key-ordered scan
/// lists the newest conversations first and pages with the store's own continuation tokens.
/// </summary>
public static class ConversationIds
{
    public static string New(DateTimeOffset createdAt, string channelId, string conversationKey, string firstEventId)
    {
        var inverted = DateTimeOffset.MaxValue.UtcTicks - createdAt.UtcTicks;
        return $"{inverted:D19}-{Events.EventIds.Digest($"{channelId}|{conversationKey}|{firstEventId}", 12)}";
    }
}
