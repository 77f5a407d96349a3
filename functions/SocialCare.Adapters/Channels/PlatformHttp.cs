using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SocialCare.Adapters.Channels;

/// <summary>
/// Sends one platform call. A 429 is retried once inside the call when the platform's wait (Retry-After, X's
/// x-rate-limit-reset, Telegram's parameters.retry_after) is within <paramref name="maxInlineWait"/>; otherwise, or
/// when the retry is refused again, the response carries the wait for the caller.
/// </summary>
internal sealed class PlatformHttp(HttpClient http, TimeProvider time, TimeSpan maxInlineWait)
{
    private static readonly TimeSpan UnknownWait = TimeSpan.FromSeconds(1);

    public async Task<PlatformResponse> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var response = await SendOnceAsync(build, cancellationToken);
        if (response.Status != (int)HttpStatusCode.TooManyRequests || response.RetryAfter > maxInlineWait) return response;
        await Task.Delay(response.RetryAfter ?? UnknownWait, time, cancellationToken);
        return await SendOnceAsync(build, cancellationToken);
    }

    private async Task<PlatformResponse> SendOnceAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        using var request = build();
        using var response = await http.SendAsync(request, cancellationToken);
        var raw = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement? body = null;
        try
        {
            if (raw.Length > 0)
            {
                using var document = JsonDocument.Parse(raw);
                body = document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
            body = null;
        }
        var status = (int)response.StatusCode;
        var wait = status == (int)HttpStatusCode.TooManyRequests ? WaitOf(response, body) ?? UnknownWait : (TimeSpan?)null;
        return new PlatformResponse(status, body, raw, wait);
    }

    private TimeSpan? WaitOf(HttpResponseMessage response, JsonElement? body)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta) return delta;
        if (retryAfter?.Date is { } date) return Max0(date - time.GetUtcNow());
        if (response.Headers.TryGetValues("x-rate-limit-reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
            return Max0(DateTimeOffset.FromUnixTimeSeconds(reset) - time.GetUtcNow());
        if (body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("parameters", out var p)
            && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("retry_after", out var s) && s.TryGetInt32(out var seconds))
            return TimeSpan.FromSeconds(seconds);
        return null;
    }

    private static TimeSpan Max0(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;
}
