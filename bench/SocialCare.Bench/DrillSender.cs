using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace SocialCare.Bench;

/// <summary>
/// Sends a plan's requests with bounded concurrency. A request that could not connect or got a 5xx is sent again
/// (as platforms retry) until <see cref="RetryFor"/> has passed; only a 200 acknowledges its events.
/// </summary>
internal sealed class DrillSender(Uri baseAddress, int concurrency)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public TimeSpan RetryFor { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Token → timestamp (Stopwatch ticks) of the first 200 that carried it.</summary>
    public ConcurrentDictionary<string, long> Acknowledged { get; } = new(StringComparer.Ordinal);

    public int Accepted;
    public int Rejected;
    public int Retries;
    public int Completed;

    public async Task<TimeSpan> SendAsync(IReadOnlyList<DrillRequest> requests)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var progress = ReportAsync(requests.Count, clock, stop.Token);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests.Count)
            {
                await SendOneAsync(requests[i]);
                Interlocked.Increment(ref Completed);
            }
        }));
        await stop.CancelAsync();
        await progress;
        return clock.Elapsed;
    }

    /// <summary>Every 15 s: how far the send is, so a slow run shows where its time goes.</summary>
    private async Task ReportAsync(int total, Stopwatch clock, CancellationToken stop)
    {
        var last = (At: TimeSpan.Zero, Events: 0);
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(15), stop);
                var (now, events) = (clock.Elapsed, Accepted);
                Console.WriteLine($"  … sent {Completed}/{total} requests, {events} events acknowledged, {(events - last.Events) / (now - last.At).TotalSeconds:F0} events/s lately, {Retries} retries");
                last = (now, events);
            }
        }
        catch (OperationCanceledException)
        {
            // The send is over.
        }
    }

    private async Task SendOneAsync(DrillRequest request)
    {
        var giveUp = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = new ByteArrayContent(request.Body) };
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                foreach (var (name, value) in request.Headers) message.Headers.Add(name, value);
                using var response = await _http.SendAsync(message);
                if (response.IsSuccessStatusCode)
                {
                    var at = Stopwatch.GetTimestamp();
                    Interlocked.Add(ref Accepted, request.Tokens.Count);
                    foreach (var token in request.Tokens) Acknowledged.TryAdd(token, at);
                    return;
                }
                if ((int)response.StatusCode < 500)
                {
                    Interlocked.Add(ref Rejected, request.Tokens.Count);
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // The app is down or went away mid-request: like a platform, try again shortly.
            }
            if (giveUp.Elapsed > RetryFor)
            {
                Interlocked.Add(ref Rejected, request.Tokens.Count);
                return;
            }
            Interlocked.Increment(ref Retries);
            await Task.Delay(200);
        }
    }
}
