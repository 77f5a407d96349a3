using System.Text.Json.Serialization;

namespace SocialCare.Core.Conversations;

[JsonConverter(typeof(JsonStringEnumConverter<ConversationStatus>))]
public enum ConversationStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("waiting")] Waiting,
    [JsonStringEnumMemberName("resolved")] Resolved,
}
