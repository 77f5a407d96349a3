namespace SocialCare.Adapters.Tables;

/// <summary>Every table the app uses; infra/ creates the same list.</summary>
public static class TableNames
{
    public const string Conversations = "conversations";
    public const string ConversationKeys = "conversationkeys";
    public const string Notifications = "notifications";
    public const string Outbox = "outbox";

    public static IReadOnlyList<string> All { get; } = [Conversations, ConversationKeys, Notifications, Outbox];
}
