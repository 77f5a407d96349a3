using System.Text.Json.Serialization;

namespace SocialCare.Core.Classification;

[JsonConverter(typeof(JsonStringEnumConverter<Intent>))]
public enum Intent
{
    [JsonStringEnumMemberName("question")] Question,
    [JsonStringEnumMemberName("complaint")] Complaint,
    [JsonStringEnumMemberName("praise")] Praise,
    [JsonStringEnumMemberName("purchase_intent")] PurchaseIntent,
    [JsonStringEnumMemberName("abuse")] Abuse,
    [JsonStringEnumMemberName("spam")] Spam,
    [JsonStringEnumMemberName("other")] Other,
}
