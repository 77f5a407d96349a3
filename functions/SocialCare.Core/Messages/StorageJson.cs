using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace SocialCare.Core.Messages;

/// <summary>
/// JSON for table columns and queue messages, written with <see cref="StorageJsonEncoder"/>: non-ASCII text costs its
/// UTF-8 bytes, not six characters a letter. Reading needs nothing special: rows written escaped still read.
/// </summary>
public static class StorageJson
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = StorageJsonEncoder.Instance };

    public static byte[] SerializeToUtf8Bytes<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Writer)) JsonSerializer.Serialize(writer, value, type);
        return buffer.WrittenSpan.ToArray();
    }

    public static string Serialize<T>(T value, JsonTypeInfo<T> type) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(value, type));

    public static byte[] SerializeToUtf8Bytes(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Writer)) node.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
