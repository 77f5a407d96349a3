using System.Text.Json.Serialization;

namespace SocialCare.Core.Events;

[JsonConverter(typeof(JsonStringEnumConverter<EventKind>))]
public enum EventKind
{
    [JsonStringEnumMemberName("comment")] Comment,
    [JsonStringEnumMemberName("reply")] Reply,
    [JsonStringEnumMemberName("mention")] Mention,
    [JsonStringEnumMemberName("direct_message")] DirectMessage,
    [JsonStringEnumMemberName("post")] Post,
    [JsonStringEnumMemberName("note")] Note,
}

public static class EventKinds
{
    /// <summary>Private messages are never hidden and may get automatic answers; public ones never do.</summary>
    public static bool IsPrivate(this EventKind kind) => kind == EventKind.DirectMessage;
}
