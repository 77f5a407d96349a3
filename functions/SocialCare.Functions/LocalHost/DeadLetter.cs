using System.Text.Json.Serialization;

namespace SocialCare.Functions.LocalHost;

/// <summary>What the local host writes to &lt;queue&gt;-deadletter: the original body and why it was given up on.</summary>
public sealed record DeadLetter(
    [property: JsonPropertyName("queue")] string Queue,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("deliveryCount")] long DeliveryCount,
    [property: JsonPropertyName("deadLetteredAt")] DateTimeOffset DeadLetteredAt,
    [property: JsonPropertyName("body")] string Body);

[JsonSerializable(typeof(DeadLetter))]
public sealed partial class DeadLetterJson : JsonSerializerContext;
