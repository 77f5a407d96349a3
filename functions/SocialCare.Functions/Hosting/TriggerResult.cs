using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// The response envelope: Outputs keyed by output binding name, Logs, ReturnValue. Outputs are JSON objects (or
/// arrays of them, one queue message each), never bare strings, which the host would take for base64.
/// </summary>
public sealed class TriggerResult
{
    public Dictionary<string, JsonNode?> Outputs { get; } = [];
    public List<string> Logs { get; } = [];
    public JsonNode? ReturnValue { get; set; }

    public static TriggerResult Empty() => new();

    public TriggerResult Output<T>(string binding, T value, JsonTypeInfo<T> type)
    {
        Outputs[binding] = JsonSerializer.SerializeToNode(value, type);
        return this;
    }

    public TriggerResult OutputMany<T>(string binding, IEnumerable<T> values, JsonTypeInfo<T> type)
    {
        Outputs[binding] = new JsonArray([.. values.Select(v => JsonSerializer.SerializeToNode(v, type))]);
        return this;
    }

    public TriggerResult Log(string line)
    {
        Logs.Add(line);
        return this;
    }

    public byte[] ToJson()
    {
        var body = new JsonObject
        {
            ["Outputs"] = new JsonObject([.. Outputs.Select(o => KeyValuePair.Create(o.Key, o.Value?.DeepClone()))]),
            ["Logs"] = new JsonArray([.. Logs.Select(l => (JsonNode?)JsonValue.Create(l))]),
            ["ReturnValue"] = ReturnValue?.DeepClone(),
        };
        // Outputs become queue messages locally (the local host sends their raw text): unescaped, like the host's.
        return SocialCare.Core.Messages.StorageJson.SerializeToUtf8Bytes(body);
    }
}
