using System.Text;
using System.Text.Json;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// Undoes the host's encoding of a Data value, strictly by the binding's <c>dataType</c>
/// (../shared/FUNCTIONS-HOST.md): <c>binary</c> arrives as base64 of the raw bytes; a string binding (no
/// <c>dataType</c>) as a JSON string holding the text's JSON, so a JSON message body is encoded exactly twice; an
/// object (a timer's data) as itself. Anything else is refused, so a fixture that drifts from what the host sends
/// fails instead of being unwrapped until it fits.
/// </summary>
public static class EnvelopeData
{
    public static byte[] ToBytes(JsonElement value, BindingDefinition? binding)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) throw new EnvelopeException("The binding holds null.");
        if (binding?.IsBinary == true)
        {
            if (value.ValueKind != JsonValueKind.String) throw new EnvelopeException($"Binding '{binding.Name}' is binary: it arrives as a base64 string, not {value.ValueKind}.");
            var text = value.GetString()!;
            var buffer = new byte[text.Length * 3 / 4 + 3];
            return Convert.TryFromBase64String(text, buffer, out var written)
                ? buffer[..written]
                : throw new EnvelopeException($"Binding '{binding.Name}' is binary but does not hold base64.");
        }
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) return Encoding.UTF8.GetBytes(value.GetRawText());
        if (value.ValueKind != JsonValueKind.String) return Encoding.UTF8.GetBytes(value.GetRawText());
        // A string binding: the host sends the text's JSON inside a JSON string. One layer more, never several.
        try
        {
            return Encoding.UTF8.GetBytes(JsonSerializer.Deserialize<string>(value.GetString()!) ?? throw new EnvelopeException("The binding holds null."));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new EnvelopeException("A string binding must hold its text's JSON string, as the host sends it.", e);
        }
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
}
