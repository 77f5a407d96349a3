namespace SocialCare.Adapters.Channels;

/// <summary>
/// Sends one platform call and reads its answer. A short rate limit was already waited out by the client's
/// resilience handler (<see cref="PlatformResilience"/>); a 429 that comes back carries its wait for the caller.
/// </summary>
internal sealed class PlatformHttp(HttpClient http, TimeProvider time)
{
    public async Task<PlatformResponse> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        using var request = build();
        using var response = await http.SendAsync(request, cancellationToken);
        var raw = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = PlatformWait.ParseJson(raw);
        return new PlatformResponse((int)response.StatusCode, body, raw, PlatformWait.Of(response, body, time));
    }
}
