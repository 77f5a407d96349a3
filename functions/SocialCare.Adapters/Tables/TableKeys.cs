using SocialCare.Core.Events;

namespace SocialCare.Adapters.Tables;

/// <summary>Table keys may not hold '/', '\\', '#', '?' or control characters: platform ids are digested.</summary>
public static class TableKeys
{
    public const string ConversationRow = "c";

    public static string MessageRow(string platform, string platformMessageId) => "m-" + EventIds.Digest($"{platform}:{platformMessageId}", 32);

    public static string Safe(string value) => EventIds.Digest(value, 32);

    public static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
