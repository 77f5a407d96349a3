using System.Text.Json.Serialization;

namespace SocialCare.Core.Messages;

/// <summary>
/// Route (or SlaWatch, crisis detection) → Notify. Carries ids; Notify reads the current state itself.
/// <see cref="NotificationId"/> is the idempotency key: the same id is delivered once.
/// </summary>
public sealed record NotifyMessage(
    int SchemaVersion,
    string NotificationId,
    NotificationKind Kind,
    string? ConversationId = null,
    string? EventId = null,
    string? EpisodeId = null,
    string? Detail = null,
    string? TraceParent = null,
    string? PlatformMessageId = null)
{
    public const int CurrentVersion = 1;
}

[JsonConverter(typeof(JsonStringEnumConverter<NotificationKind>))]
public enum NotificationKind
{
    [JsonStringEnumMemberName("new_message")] NewMessage,
    [JsonStringEnumMemberName("assigned")] Assigned,
    [JsonStringEnumMemberName("sla_breach")] SlaBreach,
    [JsonStringEnumMemberName("crisis")] Crisis,
    [JsonStringEnumMemberName("announcement_failed")] AnnouncementFailed,
}
