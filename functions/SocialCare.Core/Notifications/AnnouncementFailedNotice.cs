namespace SocialCare.Core.Notifications;

/// <summary>An opening/closing announcement that could not be posted; Detail reads "channel/slot/error".</summary>
public static class AnnouncementFailedNotice
{
    public static Notice Build(string? detail)
    {
        var parts = (detail ?? "").Split('/', 3);
        var channel = parts.ElementAtOrDefault(0) is { Length: > 0 } ch ? ch : "unknown channel";
        var slot = parts.ElementAtOrDefault(1) ?? "";
        var error = parts.ElementAtOrDefault(2) ?? "";
        var facts = new List<NoticeFact> { new("Channel", channel), new("Slot", slot.Length == 0 ? "—" : slot), new("Error", error.Length == 0 ? "—" : ConversationEmail.Shorten(error, 500)) };
        return new Notice(
            $"Announcement failed on {channel}",
            $"[announcement failed][{channel}] {slot}",
            null,
            facts,
            [],
            NoticeTone.Warning);
    }
}
