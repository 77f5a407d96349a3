using System.Text.Json.Serialization;

namespace SocialCare.Core.Hours;

/// <summary>The "we're online" post at the first opening of a day, or the "we're offline" post at its last close.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnnouncementKind>))]
public enum AnnouncementKind
{
    [JsonStringEnumMemberName("opening")] Opening,
    [JsonStringEnumMemberName("closing")] Closing,
}
