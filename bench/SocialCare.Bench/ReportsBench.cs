using System.Diagnostics;
using System.Net;
using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Ports;

namespace SocialCare.Bench;

/// <summary>
/// <c>reports [--conversations 100000] [--days 90] [--runs 10] [--through-store]</c>: the real app on the bench's
/// Azurite with the demo teams and agents; stores N conversations started over the last D days (their report rows and
/// inbox index rows in batches, or with <c>--through-store</c> each through the app's store, which is slow on Azurite;
/// 70% resolved with first reply, resolution and some CSAT, 20% open, 10% waiting, five teams, four agents, three
/// channels, one to three customer messages each), then times the SLA report over the whole period
/// over HTTP with the function key, as JSON and as the agents' CSV: the first (cold: every day's rollup built and kept),
/// then N more, then one after a write of a conversation of today. Target: the JSON's median under 2 s.
/// </summary>
internal static class ReportsBench
{
    private static readonly string[] Teams = ["care", "first-line", "sales", "moderation", "crisis"];
    private static readonly string[] Agents = ["anna", "piotr", "olga", "james"];
    private static readonly string[] Channels = ["facebook:page1", "instagram:ig1", "vk:club1"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var count = options.Int("conversations", 100_000);
        var days = options.Int("days", 90);
        var runs = options.Int("runs", 10);
        await using var bench = await BenchApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false", ["Demo:Seed"] = "true" });
        var store = bench.App.Services.GetRequiredService<IConversationStore>();

        var seeding = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var conversations = Enumerable.Range(0, count).Select(i => Conversation(i, now, days)).ToList();
        if (options.Flag("through-store"))
        {
            await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, ct) =>
                await store.TryAppendAsync(c, null, new ConversationMessage($"e-{c.Id}", MessageDirection.Inbound, "Gdzie jest moja paczka?", c.CreatedAt, EventKind.Comment, c.Customer.Id, c.Customer.Name, PlatformMessageId: $"m-{c.Id}"), ct));
        }
        else
        {
            await WriteRowsAsync(bench.App.Services.GetRequiredService<SocialCare.Adapters.Tables.TableClients>(), conversations);
        }
        Console.WriteLine($"reports: stored {count:N0} conversations over {days} days ({(options.Flag("through-store") ? "through the store" : "their report and index rows, in batches")}) in {seeding.Elapsed.TotalSeconds:F0} s ({count / seeding.Elapsed.TotalSeconds:F0}/s)");

        using var http = new HttpClient { BaseAddress = bench.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("x-functions-key", BenchApp.FunctionKey);
        var period = $"from={now.AddDays(-days):yyyy-MM-ddTHH:mm:ssZ}&to={now.AddMinutes(1):yyyy-MM-ddTHH:mm:ssZ}";
        // The first report builds and keeps every day's rollup (cold); the next ones read them and rebuild only days written since.
        var cold = await TimeAsync(http, $"/api/reports/sla?{period}", 1);
        var json = await TimeAsync(http, $"/api/reports/sla?{period}", runs);
        var csv = await TimeAsync(http, $"/api/reports/sla.csv?{period}", runs);
        var teamCold = await TimeAsync(http, $"/api/reports/sla?{period}&team=care", 1);
        var team = await TimeAsync(http, $"/api/reports/sla?{period}&team=care", runs);
        // A conversation of today is written: today's rollup is rebuilt by the next report.
        var recent = Conversation(0, now, days) with { Id = "bench-today", CreatedAt = now.AddMinutes(-5), LastMessageAt = now.AddMinutes(-5) };
        await store.TryAppendAsync(recent, null, new ConversationMessage("e-today", MessageDirection.Inbound, "Halo?", recent.CreatedAt, EventKind.Comment, "u-today", "Klient", PlatformMessageId: "m-today"), CancellationToken.None);
        var written = await TimeAsync(http, $"/api/reports/sla?{period}", 1);
        Console.WriteLine($"  /api/reports/sla        cold {cold.Percentile(50),6:F0} ms, then median {json.Percentile(50),6:F0} ms  p90 {json.Percentile(90),6:F0} ms; after a write today {written.Percentile(50),6:F0} ms");
        Console.WriteLine($"  /api/reports/sla.csv    median {csv.Percentile(50),6:F0} ms  p90 {csv.Percentile(90),6:F0} ms");
        Console.WriteLine($"  /api/reports/sla?team=  cold {teamCold.Percentile(50),6:F0} ms, then median {team.Percentile(50),6:F0} ms  p90 {team.Percentile(90),6:F0} ms");

        // Without kept rollups, in process: reading every report row of the period, and building the figures from them.
        var facts = bench.App.Services.GetRequiredService<IReportFacts>();
        var readWatch = Stopwatch.StartNew();
        var read = await facts.ReadAsync(now.AddDays(-days), now.AddMinutes(1), null, null, CancellationToken.None);
        var readMs = readWatch.Elapsed.TotalMilliseconds;
        var hours = new Core.Hours.OpeningHours(Core.Hours.ChannelSchedule.Default());
        var buildWatch = Stopwatch.StartNew();
        Core.Reports.SlaReportBuilder.Build(read, _ => hours, now.AddDays(-days), now.AddMinutes(1), now);
        Console.WriteLine($"  without kept rollups: read {read.Count:N0} report rows {readMs:F0} ms, build the figures {buildWatch.Elapsed.TotalMilliseconds:F0} ms");
        var met = json.Percentile(50) < 2000;
        Console.WriteLine($"  report over {days} days of {count:N0} conversations: median {json.Percentile(50):F0} ms (target < 2000 ms) {(met ? "MET" : "MISSED")}");
        return met ? 0 : 1;
    }

    /// <summary>
    /// What the store writes for each conversation that the report reads, the report row and the inbox index rows, from
    /// the same code (<c>TableReportFacts.Entity</c>, <c>InboxKeys.For</c>), in batches of 100 per partition: storing
    /// 100,000 conversations one by one through the store takes half an hour on Azurite's single-threaded table service.
    /// </summary>
    private static async Task WriteRowsAsync(SocialCare.Adapters.Tables.TableClients tables, IReadOnlyList<Conversation> conversations)
    {
        var facts = await tables.GetAsync(SocialCare.Adapters.Tables.TableNames.ReportFacts);
        var index = await tables.GetAsync(SocialCare.Adapters.Tables.TableNames.InboxIndex);
        var factBatches = conversations.Select(SocialCare.Adapters.Tables.TableReportFacts.Entity).GroupBy(e => e.PartitionKey).SelectMany(g => g.Chunk(100)).Select(b => (facts, b));
        var indexBatches = conversations.SelectMany(c => InboxKeys.For(c).Select(k => new Azure.Data.Tables.TableEntity(k.Scope, k.Row) { ["ConversationId"] = c.Id }))
            .GroupBy(e => e.PartitionKey).SelectMany(g => g.Chunk(100)).Select(b => (index, b));
        await Parallel.ForEachAsync(factBatches.Concat(indexBatches), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, ct) =>
            await batch.Item1.SubmitTransactionAsync(batch.Item2.Select(e => new Azure.Data.Tables.TableTransactionAction(Azure.Data.Tables.TableTransactionActionType.UpsertReplace, e)), ct));
    }

    private static async Task<Latencies> TimeAsync(HttpClient http, string path, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        }
        return new Latencies(times);
    }

    private static Conversation Conversation(int i, DateTimeOffset now, int days)
    {
        var random = new Random(i);
        var status = (i % 10) switch { < 7 => ConversationStatus.Resolved, < 9 => ConversationStatus.Open, _ => ConversationStatus.Waiting };
        var created = now.AddMinutes(-random.Next(0, days * 24 * 60));
        var owner = status == ConversationStatus.Open && random.Next(4) == 0 ? null : Agents[random.Next(Agents.Length)];
        var answered = status != ConversationStatus.Open || random.Next(2) == 0 ? created.AddMinutes(random.Next(2, 240)) : (DateTimeOffset?)null;
        var due = created.AddMinutes(random.Next(30, 8 * 60));
        var intent = (Intent)random.Next(0, 7);
        return new Conversation($"bench{i:D6}", "facebook", Channels[random.Next(Channels.Length)], $"post:{i}", new Customer($"u{i}", $"Klient {i}"), status,
            Teams[random.Next(Teams.Length)], owner,
            new Classification("pl", (Sentiment)random.Next(0, 3), 0.9, intent, [], PriorityAssessment.Normal, Classification.SourceOffline),
            new PriorityAssessment(random.Next(1, 5), ["bench"]), created, created, 1,
            Sla: new SlaClock(due, null, due.AddHours(8)),
            FirstResponseAt: answered, LastResponseAt: answered,
            ResolvedAt: status == ConversationStatus.Resolved ? created.AddHours(random.Next(1, 48)) : null,
            Csat: status == ConversationStatus.Resolved && random.Next(3) == 0 ? random.Next(1, 6) : null,
            Preview: "Gdzie jest moja paczka?",
            LeadSince: intent == Intent.PurchaseIntent ? created : null,
            Reopens: random.Next(20) == 0 ? 1 : 0,
            InboundAt: [.. Enumerable.Range(0, random.Next(1, 4)).Select(k => created.AddMinutes(k * random.Next(5, 600)))]);
    }
}
