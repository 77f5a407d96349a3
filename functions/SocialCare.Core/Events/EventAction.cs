using System.Text.Json.Serialization;

namespace SocialCare.Core.Events;

/// <summary>What happened to the message: edits update it, removals and hides only mark it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventAction>))]
public enum EventAction
{
    [JsonStringEnumMemberName("created")] Created,
    [JsonStringEnumMemberName("edited")] Edited,
    [JsonStringEnumMemberName("removed")] Removed,
    [JsonStringEnumMemberName("hidden")] Hidden,
    [JsonStringEnumMemberName("unhidden")] Unhidden,
}
