using System.Text;
using System.Text.Json;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// Undoes the host's encodings of a Data value: objects arrive as JSON objects, strings as a JSON string holding
/// their JSON (so a JSON message body is encoded twice), and binary (<c>dataType: binary</c>) as base64.
/// </summary>
public static class EnvelopeData
{
    private const int MaxUnwrap = 4;

    public static byte[] ToBytes(JsonElement value)
    {
        return value.ValueKind switch
        {
            JsonValueKind.Object or JsonValueKind.Array => Encoding.UTF8.GetBytes(value.GetRawText()),
            JsonValueKind.String => FromString(value.GetString()!, 0),
            JsonValueKind.Null or JsonValueKind.Undefined => throw new EnvelopeException("The binding holds null."),
            _ => Encoding.UTF8.GetBytes(value.GetRawText()),
        };
    }

    /// <summary>"\"ab12\"" → "ab12"; "17" → "17".</summary>
    public static string Unquote(string scalar)
    {
        if (scalar.Length >= 2 && scalar[0] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(scalar) ?? scalar;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return scalar;
            }
        }
        return scalar;
    }

    private static byte[] FromString(string text, int depth)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '['))
        {
            return Encoding.UTF8.GetBytes(text);
        }
        if (trimmed.Length > 0 && trimmed[0] == '"' && depth < MaxUnwrap)
        {
            string? inner;
            try
            {
                inner = JsonSerializer.Deserialize<string>(text);
            }
            catch (JsonException e)
            {
                throw new EnvelopeException("A string binding holds malformed JSON.", e);
            }
            return FromString(inner ?? "", depth + 1);
        }
        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, buffer, out var written)
            ? buffer[..written]
            : Encoding.UTF8.GetBytes(text);
    }
}
