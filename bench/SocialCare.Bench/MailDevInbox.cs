using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialCare.Bench;

/// <summary>What MailDev holds, through its REST API (<c>GET /api/email</c>): the emails ./run's app sent.</summary>
internal sealed class MailDevInbox(Uri web) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = web, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<IReadOnlyList<DrillMailItem>> ReadAsync()
    {
        var emails = await _http.GetFromJsonAsync<JsonElement>("/api/email");
        var (now, ticks) = (TimeProvider.System.GetUtcNow(), Stopwatch.GetTimestamp());
        return [.. emails.EnumerateArray().Select(e =>
        {
            var received = e.TryGetProperty("time", out var time) ? time.GetDateTimeOffset() : now;
            var at = ticks - (long)((now - received).TotalSeconds * Stopwatch.Frequency);
            var messageId = e.TryGetProperty("headers", out var headers) && headers.TryGetProperty("message-id", out var id) ? id.GetString() : null;
            return new DrillMailItem(Text(e, "subject"), Text(e, "text") ?? Text(e, "html"), messageId, at);
        })];
    }

    /// <summary>How many emails MailDev holds; null while it does not answer (./run restarting it).</summary>
    public async Task<int?> CountAsync()
    {
        try
        {
            return (await ReadAsync()).Count;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public void Dispose() => _http.Dispose();
}
