using System.Text.Json.Serialization;

namespace SocialCare.Core.Messages;

/// <summary>
/// Route (or SlaWatch, crisis detection, the opening and closing posts) → Notify. Carries ids; Notify reads the current state itself.
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
    string? PlatformMessageId = null,
    string? AgentId = null,
    string? ChannelId = null)
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
    /// <summary>At closing: the agent's open cases and what waits, to hand over.</summary>
    [JsonStringEnumMemberName("shift_handover")] ShiftHandover,
    /// <summary>At opening: what waits for the first shift.</summary>
    [JsonStringEnumMemberName("shift_digest")] ShiftDigest,
}
