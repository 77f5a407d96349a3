using System.Text.Json.Serialization;

namespace SocialCare.Adapters.DeadLetters;

/// <summary>What the local host writes to &lt;queue&gt;-deadletter when it gives up on a message: the original body and why.</summary>
public sealed record StoredDeadLetter(
    [property: JsonPropertyName("queue")] string Queue,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("deliveryCount")] long DeliveryCount,
    [property: JsonPropertyName("deadLetteredAt")] DateTimeOffset DeadLetteredAt,
    [property: JsonPropertyName("body")] string Body);

[JsonSerializable(typeof(StoredDeadLetter))]
public sealed partial class StoredDeadLetterJson : JsonSerializerContext;
