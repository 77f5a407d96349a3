namespace SocialCare.Adapters.Tables;

/// <summary>Every table the app uses; infra/ creates the same list.</summary>
public static class TableNames
{
    public const string Conversations = "conversations";
    public const string ConversationKeys = "conversationkeys";
    public const string InboxIndex = "inboxindex";
    public const string Notifications = "notifications";
    public const string Outbox = "outbox";
    public const string Schedules = "schedules";
    public const string Announcements = "announcements";
    public const string Teams = "teams";
    public const string Agents = "agents";
    public const string Routing = "routing";
    public const string Crisis = "crisis";
    public const string Moderation = "moderation";
    public const string Settings = "settings";
    public const string Corrections = "corrections";
    public const string Presence = "presence";
    public const string Models = "models";
    public const string Replies = "replies";
    public const string ReportFacts = "reportfacts";

    public static IReadOnlyList<string> All { get; } = [Conversations, ConversationKeys, InboxIndex, Notifications, Outbox, Schedules, Announcements, Teams, Agents, Routing, Crisis, Moderation, Settings, Corrections, Presence, Models, Replies, ReportFacts];
}
