using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Webhooks;

namespace SocialCare.Adapters.Channels;

/// <summary>
/// Reads platform payloads leniently where platforms differ (ids as numbers or strings) and strictly where a wrong
/// type means the body is not what the platform documents (→ <see cref="WebhookFormatException"/>).
/// </summary>
internal static class WebhookJson
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new WebhookFormatException("body is not valid JSON", ex);
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new WebhookFormatException("body is not a JSON object");
        }
        return document;
    }

    public static JsonElement? Obj(this JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Object ? value : throw Wrong(name, "an object");
    }

    public static IEnumerable<JsonElement> Arr(this JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Wrong(name, "an array");
    }

    public static bool Has(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A string, or a number's literal text (platform ids arrive as either).</summary>
    public static string? Str(this JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => Text(value, name),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw Wrong(name, "a string"),
        };
    }

    /// <summary>The parser checks structure, not the UTF-8 inside strings: invalid bytes surface here, as a format error.</summary>
    private static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Wrong(name, "valid UTF-8 text");
        }
    }

    public static string RequiredStr(this JsonElement e, string name) =>
        e.Str(name) ?? throw new WebhookFormatException($"'{name}' is missing") { Name = name };

    /// <summary>An id (string or number) of the given shape, or null when absent.</summary>
    public static string? Id(this JsonElement e, string name, IdShape shape) =>
        e.Str(name) is { } value ? shape.Check(value, name) : null;

    public static string RequiredId(this JsonElement e, string name, IdShape shape) =>
        shape.Check(e.RequiredStr(name), name);

    public static long? Long(this JsonElement e, string name)
    {
        var text = e.Str(name);
        if (text is null) return null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw Wrong(name, "an integer");
    }

    public static long RequiredLong(this JsonElement e, string name) =>
        e.Long(name) ?? throw new WebhookFormatException($"'{name}' is missing") { Name = name };

    public static bool Bool(this JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value)) return false;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
            _ => throw Wrong(name, "a boolean"),
        };
    }

    /// <summary>Unix seconds (number or numeric string) or an ISO 8601 string.</summary>
    public static DateTimeOffset? UnixOrIso(this JsonElement e, string name)
    {
        var text = e.Str(name);
        if (text is null) return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return seconds is >= MinUnixSeconds and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : throw Wrong(name, "a time");
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw Wrong(name, "a time");
    }

    public static DateTimeOffset? UnixMillis(this JsonElement e, string name) =>
        e.Long(name) is { } ms ? Millis(ms, name) : null;

    /// <summary>Meta's entry.time is seconds for pages and milliseconds for Instagram messaging.</summary>
    public static DateTimeOffset? UnixMillisOrSeconds(this JsonElement e, string name) =>
        e.Long(name) is { } n ? (n > 100_000_000_000 ? Millis(n, name) : Seconds(n, name)) : null;

    // Out-of-range times are a malformed body (400), not an ArgumentOutOfRangeException (500).
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    private static DateTimeOffset Seconds(long n, string name) =>
        n is >= MinUnixSeconds and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeSeconds(n) : throw Wrong(name, "a time");

    private static DateTimeOffset Millis(long n, string name) =>
        n / 1000 is >= MinUnixSeconds and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeMilliseconds(n) : throw Wrong(name, "a time");

    private static WebhookFormatException Wrong(string name, string expected) => new($"'{name}' is not {expected}") { Name = name };
}
