using System.Diagnostics;
using System.Net.Http.Headers;

namespace SocialCare.Bench;

/// <summary>
/// <c>e2e [--seconds N] [--rate R] [--warmup-seconds W]</c>: signed mentions at a fixed rate; latency from the webhook's
/// 200 to the SMTP sink receiving the email that carries the mention's token. The first W seconds at the same rate
/// (default 5) warm the app up (JIT, connection pools, caches) and are not measured: start-up is its own bench.
/// </summary>
internal static class EndToEndBench
{
    // Which hop backs up, every two seconds: the queue lengths tell where the time goes.
    private static async Task WatchQueuesAsync(BenchApp app, CancellationToken stop)
    {
        var queues = new[] { "classify", "route", "notify" }.Select(q => new Azure.Storage.Queues.QueueClient(app.Azurite.ConnectionString, $"{app.Prefix}-{q}")).ToList();
        var clock = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(2000, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var lengths = new List<string>();
            foreach (var q in queues) lengths.Add(await q.ExistsAsync() ? $"{q.Name[(app.Prefix.Length + 1)..]}={(await q.GetPropertiesAsync()).Value.ApproximateMessagesCount}" : "-");
            Console.WriteLine($"  t={clock.Elapsed.TotalSeconds,5:F0}s queued: {string.Join(' ', lengths)}, emails {app.Smtp.Received.Count}");
        }
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var (seconds, rate, warmup) = (options.Int("seconds", 60), options.Int("rate", 50), options.Int("warmup-seconds", 5));
        var total = seconds * rate;
        Console.WriteLine($"e2e: {rate} events/s for {seconds} s ({total} events) after {warmup} s of warm-up, webhook 200 → email received");
        await using var app = await BenchApp.StartAsync();
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var warmed = await SendAsync(http, "warm" + Guid.NewGuid().ToString("N")[..4], warmup * rate, rate);
        await DeliveredAsync(app, warmed.Count(a => a != 0), TimeSpan.FromSeconds(60));
        var before = NotificationsOf(app).Count();
        using var watching = new CancellationTokenSource();
        var watcher = WatchQueuesAsync(app, watching.Token);
        var cpu = new CpuMeter(app.Azurite);
        var run = Guid.NewGuid().ToString("N")[..8];
        var accepted = await SendAsync(http, run, total, rate);
        var okCount = accepted.Count(a => a != 0);
        await DeliveredAsync(app, before + okCount, TimeSpan.FromSeconds(60));

        await watching.CancelAsync();
        await watcher;
        Console.WriteLine($"  {cpu.PerEvent(total)}");
        var latencies = new List<double>();
        var seen = new HashSet<int>();
        foreach (var (message, at) in NotificationsOf(app).OrderBy(r => r.At))
        {
            var text = message.TextBody ?? message.HtmlBody ?? "";
            var start = text.IndexOf($"tok{run}x", StringComparison.Ordinal);
            if (start < 0) continue;
            var digits = text[(start + 4 + run.Length)..];
            var n = int.Parse(digits[..digits.IndexOf('x', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            if (accepted[n] != 0 && seen.Add(n)) latencies.Add(Stopwatch.GetElapsedTime(accepted[n], at).TotalMilliseconds);
        }
        var result = new Latencies(latencies);
        Console.WriteLine($"  accepted {okCount}/{total}, emails matched {result.Count}");
        Console.WriteLine($"  webhook 200 → email: {result}");
        Console.WriteLine($"  p99 target < 1000 ms: {(result.Percentile(99) < 1000 ? "MET" : "MISSED")}");
        return result.Count == okCount ? 0 : 1;
    }

    /// <summary>Sends <paramref name="count"/> mentions at <paramref name="rate"/> a second; the 200's timestamp per mention (0 if refused).</summary>
    private static async Task<long[]> SendAsync(HttpClient http, string run, int count, int rate)
    {
        var accepted = new long[count];
        var sends = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            // Read the clock once: between a comparison and a second read the wait can turn negative.
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var n = i;
            sends.Add(Task.Run(async () =>
            {
                var body = MentionBodies.One($"{run}-{n}", $"tok{run}x{n}x");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/listening") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add("X-SocialCare-Signature", BenchApp.Sign(body));
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode) accepted[n] = Stopwatch.GetTimestamp();
            }));
        }
        await Task.WhenAll(sends);
        return accepted;
    }

    // The notification about each event itself: crisis alerts quote examples, and they are not what is measured.
    private static IEnumerable<(MimeKit.MimeMessage Message, long At)> NotificationsOf(BenchApp app) =>
        app.Smtp.Received.Where(r => !(r.Message.Subject ?? "").StartsWith("[CRISIS", StringComparison.Ordinal));

    private static async Task DeliveredAsync(BenchApp app, int count, TimeSpan atMost)
    {
        var deadline = Stopwatch.StartNew();
        while (NotificationsOf(app).Count() < count && deadline.Elapsed < atMost) await Task.Delay(100);
    }
}
