using System.Text.Json.Serialization;

namespace SocialCare.Core.Classification;

[JsonConverter(typeof(JsonStringEnumConverter<Sentiment>))]
public enum Sentiment
{
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("neutral")] Neutral,
    [JsonStringEnumMemberName("negative")] Negative,
    [JsonStringEnumMemberName("mixed")] Mixed,
}
