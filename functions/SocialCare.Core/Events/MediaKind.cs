using System.Text.Json.Serialization;

namespace SocialCare.Core.Events;

/// <summary>What kind of thing a customer attached, as the workspace shows it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MediaKind>))]
public enum MediaKind
{
    [JsonStringEnumMemberName("image")] Image,
    [JsonStringEnumMemberName("video")] Video,
    [JsonStringEnumMemberName("audio")] Audio,
    [JsonStringEnumMemberName("file")] File,
    [JsonStringEnumMemberName("sticker")] Sticker,
}
