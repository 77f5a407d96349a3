using System.Net.Http.Headers;
using Azure.Storage.Queues;
using SocialCare.Core.Ports;

namespace SocialCare.Bench;

/// <summary>
/// <c>ingest [--requests N] [--concurrency C]</c>: the listening webhook (verify + normalize + durable enqueue) against
/// bare durable enqueues to the same Azurite, and with an in-memory queue sender against a bare Kestrel endpoint.
/// </summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var (count, concurrency) = (options.Int("requests", 2000), options.Int("concurrency", 32));
        var token = Guid.NewGuid().ToString("N")[..8];
        var bodies = Enumerable.Range(0, count + concurrency * 2).Select(i => MentionBodies.One($"{token}-{i}", token)).ToArray();
        byte[] Body(int i) => bodies[i < 0 ? count - 1 - i : i];
        Console.WriteLine($"ingest: {count} requests at concurrency {concurrency}, body {bodies[0].Length} bytes");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromSeconds(30) };

        var barePort = FreePort.Next();
        await using var bare = BareKestrel.Build(barePort);
        await bare.StartAsync();
        // The client and the bare endpoint warm up first, so the first measured run is not the only one paying for JIT.
        await LoadRun.MeasureAsync("warm-up (not compared)", 1000, concurrency, i => PostAsync(http, new Uri($"http://127.0.0.1:{barePort}/bare"), Body(i), sign: false));
        var kestrel = await LoadRun.MeasureAsync("bare Kestrel endpoint", count, concurrency, i => PostAsync(http, new Uri($"http://127.0.0.1:{barePort}/bare"), Body(i), sign: false));

        var azurite = await Azurite.SharedAsync();
        var queue = new QueueClient(azurite.ConnectionString, "bench-bare-" + token, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        var enqueue = await LoadRun.MeasureAsync("bare durable enqueue (Azurite)", count, concurrency, async i =>
            (await queue.SendMessageAsync(BinaryData.FromBytes(Body(i)))).GetRawResponse().Status == 201);
        // The emulator's cost per send grows with what it holds: the webhook run starts from the same empty state.
        await queue.DeleteAsync();

        LoadRun ingest;
        await using (var app = await BenchApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" }))
        {
            ingest = await LoadRun.MeasureAsync("webhook ingest (durable enqueue)", count, concurrency, i => PostAsync(http, new Uri(app.BaseAddress, "/api/webhooks/listening"), Body(i), sign: true));
        }
        LoadRun memory;
        await using (var app = await BenchApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" }, s => s.AddSingleton<IQueueSender, DiscardingQueueSender>()))
        {
            memory = await LoadRun.MeasureAsync("webhook ingest (in-memory sender)", count, concurrency, i => PostAsync(http, new Uri(app.BaseAddress, "/api/webhooks/listening"), Body(i), sign: true));
        }
        await bare.StopAsync();

        var durableRatio = ingest.PerSecond / enqueue.PerSecond;
        var cpuRatio = memory.PerSecond / kestrel.PerSecond;
        Console.WriteLine($"ratio ingest / bare enqueue      = {durableRatio:F2} (target >= 0.90) {(durableRatio >= 0.9 ? "MET" : "MISSED")}");
        Console.WriteLine($"ratio in-memory / bare Kestrel   = {cpuRatio:F2} (target >= 0.50) {(cpuRatio >= 0.5 ? "MET" : "MISSED")}");
        return ingest.Failures + memory.Failures > 0 ? 1 : 0;
    }

    private static async Task<bool> PostAsync(HttpClient http, Uri url, byte[] body, bool sign)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (sign) request.Headers.Add("X-SocialCare-Signature", BenchApp.Sign(body));
        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode;
    }
}
