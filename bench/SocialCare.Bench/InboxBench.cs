using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using SocialCare.Core.Classification;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Ports;

namespace SocialCare.Bench;

/// <summary>
/// <c>inbox [--conversations 50000] [--runs 20]</c>: the real app on the bench's Azurite with the demo teams and agents;
/// stores N conversations through the app's own store (index rows included: 70% resolved, 20% open, 10% waiting,
/// spread over five teams and the demo agents), signs in through the local sign-in, and times the first page of each
/// inbox view over HTTP, as a browser asks for it. Target: every view's median under 300 ms.
/// </summary>
internal static partial class InboxBench
{
    private static readonly string[] Teams = ["care", "first-line", "sales", "moderation", "crisis"];
    private static readonly string[] Agents = ["anna", "piotr", "olga", "james"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var count = options.Int("conversations", 50_000);
        var runs = options.Int("runs", 20);
        await using var bench = await BenchApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false", ["Demo:Seed"] = "true" });
        var store = bench.App.Services.GetRequiredService<IConversationStore>();

        var seeding = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var c = Conversation(i, now);
            await store.TryAppendAsync(c, null, new ConversationMessage($"e{i}", MessageDirection.Inbound, "Gdzie jest moja paczka?", c.CreatedAt, EventKind.Comment, c.Customer.Id, c.Customer.Name, PlatformMessageId: $"m{i}"), ct);
        });
        Console.WriteLine($"inbox: stored {count:N0} conversations with their index rows in {seeding.Elapsed.TotalSeconds:F0} s ({count / seeding.Elapsed.TotalSeconds:F0}/s)");

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = bench.BaseAddress };
        await SignInAsync(http, "anna@demo.localhost.test");
        var agent = await TimeViewsAsync(http, runs, ["mine", "my-teams", "waiting", "resolved"]);
        using var supervisorHttp = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = bench.BaseAddress };
        await SignInAsync(supervisorHttp, "maria@demo.localhost.test");
        var supervisor = await TimeViewsAsync(supervisorHttp, runs, ["all", "breaching"]);

        var worst = agent.Concat(supervisor).Max(v => v.Median);
        Console.WriteLine($"  slowest view median {worst:F0} ms (target < 300 ms) {(worst < 300 ? "MET" : "MISSED")}");
        return worst < 300 ? 0 : 1;
    }

    private static async Task<List<(string View, double Median)>> TimeViewsAsync(HttpClient http, int runs, string[] views)
    {
        var result = new List<(string, double)>();
        foreach (var view in views)
        {
            var times = new List<double>();
            var rows = 0;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync($"/inbox?view={view}");
                var html = await response.Content.ReadAsStringAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"/inbox?view={view} answered {(int)response.StatusCode}");
                rows = RowLink().Matches(html).Count;
            }
            var latencies = new Latencies(times);
            Console.WriteLine($"  /inbox?view={view,-9} {rows,3} rows  median {latencies.Percentile(50),6:F1} ms  p90 {latencies.Percentile(90),6:F1} ms");
            result.Add((view, latencies.Percentile(50)));
        }
        return result;
    }

    private static async Task SignInAsync(HttpClient http, string email)
    {
        var form = await http.GetStringAsync("/.auth/login/dev");
        var token = Token().Match(form).Groups[1].Value;
        using var signedIn = await http.PostAsync("/.auth/login/dev", new FormUrlEncodedContent([new("email", email), new("post_login_redirect_uri", "/inbox"), new("__RequestVerificationToken", token)]));
        if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in answered {(int)signedIn.StatusCode}");
    }

    private static Conversation Conversation(int i, DateTimeOffset now)
    {
        var random = new Random(i);
        var status = (i % 10) switch { < 7 => ConversationStatus.Resolved, < 9 => ConversationStatus.Open, _ => ConversationStatus.Waiting };
        var created = now.AddMinutes(-random.Next(0, 90 * 24 * 60));
        var owner = status == ConversationStatus.Open && random.Next(4) == 0 ? null : Agents[random.Next(Agents.Length)];
        var due = created.AddMinutes(random.Next(30, 8 * 60));
        return new Conversation($"bench{i:D6}", "facebook", "facebook:page1", $"post:{i}", new Customer($"u{i}", $"Klient {i}"), status, Teams[random.Next(Teams.Length)], owner,
            new Classification("pl", Sentiment.Negative, 0.9, Intent.Complaint, [], PriorityAssessment.Normal, Classification.SourceOffline),
            new PriorityAssessment(random.Next(1, 5), ["bench"]), created, created, 1,
            Sla: status == ConversationStatus.Open ? new SlaClock(due, null, due.AddHours(8)) : null,
            ResolvedAt: status == ConversationStatus.Resolved ? created.AddHours(random.Next(1, 48)) : null,
            Preview: "Gdzie jest moja paczka?");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<a href=\"/inbox/conversations/")]
    private static partial Regex RowLink();
}
