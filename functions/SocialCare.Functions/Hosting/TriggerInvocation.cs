using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SocialCare.Functions.Hosting;

/// <summary>The request envelope, as the Functions host sends it: one Data entry per trigger/input binding name.</summary>
public sealed class TriggerInvocation(string functionName, JsonElement data, JsonElement metadata, FunctionDefinition? definition = null)
{
    public string FunctionName { get; } = functionName;
    public JsonElement Data { get; } = data;
    public JsonElement Metadata { get; } = metadata;

    /// <summary>The binding's payload as bytes, decoded as the host encodes its function.json <c>dataType</c>.</summary>
    public byte[] Read(string binding) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(binding, out var value)
            ? EnvelopeData.ToBytes(value, definition?.Bindings.FirstOrDefault(b => b.Direction == "in" && b.Name == binding))
            : throw new EnvelopeException($"Data has no binding named '{binding}'.");

    public T ReadJson<T>(string binding, JsonTypeInfo<T> type)
    {
        try
        {
            var value = JsonSerializer.Deserialize(Read(binding), type) ?? throw new EnvelopeException($"Binding '{binding}' holds null.");
            return MissingMembers.Find(value) is { } missing
                ? throw new EnvelopeException($"Binding '{binding}' lacks {missing}.")
                : value;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: text the reader cannot turn into a string (a lone surrogate escape).
            throw new EnvelopeException($"Binding '{binding}' is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>Delivery count from Service Bus metadata (scalars arrive JSON-encoded as strings); 1 when absent.</summary>
    public int DeliveryCount => int.TryParse(MetadataScalar("DeliveryCount"), out var n) ? n : 1;

    /// <summary>A metadata scalar with the host's JSON-in-a-string encoding removed.</summary>
    public string? MetadataScalar(string name)
    {
        if (Metadata.ValueKind != JsonValueKind.Object || !Metadata.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => Text(value) is { } text ? EnvelopeData.Unquote(text) : null,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    // Metadata the reader cannot decode (invalid UTF-8, a lone surrogate) counts as absent, never as a crash.
    private static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
