using System.Text.Json.Serialization;

namespace SocialCare.Core.Conversations;

[JsonConverter(typeof(JsonStringEnumConverter<MessageDirection>))]
public enum MessageDirection
{
    [JsonStringEnumMemberName("inbound")] Inbound,
    [JsonStringEnumMemberName("outbound")] Outbound,

    /// <summary>Written in the workspace for colleagues (a note): never published, never a response.</summary>
    [JsonStringEnumMemberName("internal")] Internal,

    /// <summary>
    /// Something that happened to the case (assigned, waiting, resolved, reopened, hidden on the platform), written by
    /// the action itself in the same write: never published, never a response, never the customer's.
    /// </summary>
    [JsonStringEnumMemberName("event")] Event,
}

[JsonConverter(typeof(JsonStringEnumConverter<MessageState>))]
public enum MessageState
{
    [JsonStringEnumMemberName("visible")] Visible,
    [JsonStringEnumMemberName("edited")] Edited,
    [JsonStringEnumMemberName("removed")] Removed,
    [JsonStringEnumMemberName("hidden")] Hidden,
}
