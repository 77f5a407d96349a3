using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialCare.Functions.Telemetry;

/// <summary>
/// W3C trace context carried inside queue messages ("traceParent"), because output bindings cannot set message
/// properties: read from the incoming message, written into every outgoing one.
/// </summary>
public static class TraceContext
{
    public const string Property = "traceParent";

    public static ActivityContext ParentOf(ReadOnlySpan<byte> message)
    {
        try
        {
            var reader = new Utf8JsonReader(message);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(Property, out var value)
                && value.ValueKind == JsonValueKind.String
                && ActivityContext.TryParse(value.GetString(), null, out var parent))
            {
                return parent;
            }
        }
        catch (JsonException)
        {
            // Not ours to judge here: the function reports malformed input itself.
        }
        return default;
    }

    /// <summary>Stamps the current activity into each output message so the next step continues the trace.</summary>
    public static void Stamp(IDictionary<string, JsonNode?> outputs)
    {
        if (Activity.Current?.Id is not { } id) return;
        foreach (var node in outputs.Values)
        {
            foreach (var message in node is JsonArray array ? array.ToArray() : [node])
            {
                if (message is JsonObject o) o[Property] = id;
            }
        }
    }
}
