using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>Builds the {Data, Metadata} envelope the way the Functions host does (see FUNCTIONS-HOST.md).</summary>
public static class EnvelopeBuilder
{
    // The host (Newtonsoft) writes quotes as \" rather than \u0022; keep the same bytes.
    private static readonly JsonSerializerOptions HostJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] ForQueueMessage(FunctionDefinition function, BindingDefinition trigger, ReadOnlyMemory<byte> body, long deliveryCount, string messageId, DateTimeOffset enqueuedAt, DateTimeOffset now)
    {
        var text = Encoding.UTF8.GetString(body.Span);
        var metadata = new JsonObject();
        if (!trigger.IsBinary && TryParseObject(text) is { } properties)
        {
            // The host copies a JSON body's top-level properties into Metadata, each scalar JSON-encoded.
            foreach (var (key, value) in properties) metadata[key] = Scalar(value);
        }
        metadata["DeliveryCount"] = deliveryCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        metadata["MessageId"] = JsonSerializer.Serialize(messageId, HostJson);
        metadata["EnqueuedTimeUtc"] = JsonSerializer.Serialize(enqueuedAt.UtcDateTime);
        metadata["ApplicationProperties"] = new JsonObject();
        metadata["sys"] = Sys(function.Name, now);

        JsonNode data = trigger.IsBinary
            ? JsonValue.Create(Convert.ToBase64String(body.Span))
            : JsonValue.Create(JsonSerializer.Serialize(text, HostJson));
        return Envelope(trigger.Name, data, metadata);
    }

    public static byte[] ForTimer(FunctionDefinition function, BindingDefinition trigger, DateTimeOffset? last, DateTimeOffset next, DateTimeOffset now, bool isPastDue)
    {
        var timer = new JsonObject
        {
            ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
            ["ScheduleStatus"] = new JsonObject
            {
                ["Last"] = (last ?? now).ToString("O"),
                ["Next"] = next.ToString("O"),
                ["LastUpdated"] = now.ToString("O"),
            },
            ["IsPastDue"] = isPastDue,
        };
        return Envelope(trigger.Name, timer, new JsonObject { ["sys"] = Sys(function.Name, now) });
    }

    private static byte[] Envelope(string binding, JsonNode data, JsonObject metadata) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["Data"] = new JsonObject { [binding] = data },
            ["Metadata"] = metadata,
        });

    private static JsonObject Sys(string method, DateTimeOffset now) => new()
    {
        ["MethodName"] = method,
        ["UtcNow"] = now.UtcDateTime.ToString("O"),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };

    private static JsonNode? Scalar(JsonNode? value) =>
        value is JsonObject or JsonArray ? value.DeepClone() : JsonValue.Create(value?.ToJsonString(HostJson) ?? "null");

    private static JsonObject? TryParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
