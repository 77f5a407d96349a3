using System.Text.Json.Serialization;

namespace SocialCare.Core.Hours;

/// <summary>
/// One post to publish: its kind, the local date of the opening day it belongs to (an overnight closing belongs to
/// the day it opened), the scheduled instant in local offset, the rendered text and its language.
/// </summary>
public sealed record PlannedAnnouncement(
    AnnouncementKind Kind,
    DateOnly LocalDate,
    DateTimeOffset At,
    string Text,
    string Language)
{
    /// <summary>"2027-12-24:opening": unique per local date and kind within a channel.</summary>
    public string Slot => $"{LocalDate:yyyy-MM-dd}:{KindName}";

    [JsonIgnore]
    public string KindName => Kind == AnnouncementKind.Opening ? "opening" : "closing";

    /// <summary>"{channelId}:2027-12-24:opening": claim it once (insert, conflict = taken) before publishing.</summary>
    public string SlotKey(string channelId) => $"{channelId}:{Slot}";
}
