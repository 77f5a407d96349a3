using System.Globalization;
using System.Net;
using System.Text.Json;
using SocialCare.Adapters.Resilience;

namespace SocialCare.Adapters.Channels;

/// <summary>
/// How long a platform's 429 asks us to wait: Retry-After, X's x-rate-limit-reset, or Telegram's
/// <c>parameters.retry_after</c> in the body; a second when it does not say.
/// </summary>
internal static class PlatformWait
{
    private static readonly TimeSpan Unknown = TimeSpan.FromSeconds(1);

    public static TimeSpan? Of(HttpResponseMessage response, JsonElement? body, TimeProvider time)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests) return null;
        if (RetryAfter.Of(response, time) is { } wait) return wait;
        if (response.Headers.TryGetValues("x-rate-limit-reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            var until = DateTimeOffset.FromUnixTimeSeconds(reset) - time.GetUtcNow();
            return until < TimeSpan.Zero ? TimeSpan.Zero : until;
        }
        if (body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("parameters", out var p)
            && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("retry_after", out var s) && s.TryGetInt32(out var seconds))
            return TimeSpan.FromSeconds(seconds);
        return Unknown;
    }

    public static async Task<TimeSpan?> OfAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests) return null;
        // Read buffered, so the publisher reads the same text after the last try.
        return Of(response, ParseJson(await response.Content.ReadAsStringAsync(cancellationToken)), time);
    }

    public static JsonElement? ParseJson(string raw)
    {
        if (raw.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
