using System.Globalization;
using System.Text.Json;

namespace SocialCare.Adapters.Channels;

/// <summary>
/// Reads the media parts of platform payloads leniently: a media shape we do not know (a field of another type, text
/// that is not valid UTF-8) is no attachment, never a 400 that would lose the customer's message with it.
/// </summary>
internal static class MediaJson
{
    public static JsonElement? LooseObj(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static IEnumerable<JsonElement> LooseArr(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object)
            : [];

    /// <summary>A string, or a number's literal text (ids arrive as either); null for anything else.</summary>
    public static string? LooseStr(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) ? LooseText(value) : null;

    /// <summary>The strings (or numbers) of an array; anything else in it is skipped.</summary>
    public static IEnumerable<string> LooseStrings(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(LooseText).OfType<string>()
            : [];

    private static string? LooseText(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number) return value.GetRawText();
        if (value.ValueKind != JsonValueKind.String) return null;
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static long LooseLong(this JsonElement e, string name) =>
        long.TryParse(e.LooseStr(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>The last path segment of a link, unescaped ("receipt.pdf"): the name a file link is shown by.</summary>
    public static string? FileNameOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var last = uri.Segments.Length > 0 ? uri.Segments[^1].TrimEnd('/') : "";
        return last.Length == 0 ? null : Uri.UnescapeDataString(last);
    }
}
