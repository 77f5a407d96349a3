using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialCare.Bench;

/// <summary>
/// <c>concurrency [--messages 50] [--announce-runs 3]</c>: one customer writes 50 private messages at the same moment
/// (one Telegram chat, distinct update ids) while an online agent can take them: one conversation, every message
/// in it, one owner. Then a channel whose opening was a minute ago, and three Announce runs at once: one post.
/// </summary>
internal static class ConcurrencyDrill
{
    private const string AgentId = "drill-agent";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var (messages, runs) = (options.Int("messages", 50), options.Int("announce-runs", 3));
        DrillSecrets.QuietTelemetry();
        var settings = DrillSecrets.Settings();
        // Collapsed notifications of one conversation retry while another delivery holds the claim; each logs a trace.
        settings["Logging:LogLevel:Default"] = "Critical";
        await using var app = await BenchApp.StartAsync(settings);
        using var api = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Add("x-functions-key", BenchApp.FunctionKey);
        var conversationOk = await OneConversationAsync(app, api, messages);
        var announceOk = await OneAnnouncementAsync(api, runs);
        var ok = conversationOk && announceOk;
        Console.WriteLine($"  expectation (one conversation, every message, one owner; one opening post): {(ok ? "MET" : "MISSED")}");
        return ok ? 0 : 1;
    }

    private static async Task<bool> OneConversationAsync(BenchApp app, HttpClient api, int count)
    {
        Console.WriteLine($"concurrency: {count} messages of one Telegram chat at once, one agent online in every team");
        using (var put = await api.PutAsJsonAsync($"/api/agents/{AgentId}", new
        {
            name = "Drill Agent",
            email = "agent@bench.local",
            teams = new[] { "first-line", "care", "sales", "moderation", "crisis" },
            languages = new[] { "en", "pl", "ru" },
            capacity = 100,
            online = true,
            notify = "email",
        }))
        {
            if (!put.IsSuccessStatusCode) throw new InvalidOperationException($"PUT /api/agents answered {(int)put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
        }
        var run = Guid.NewGuid().ToString("N")[..8];
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        const long chat = 6_123_456_789;
        var requests = Enumerable.Range(0, count).Select(n => DrillEvents.Telegram(run, n, now, chatId: chat)).ToList();
        var sender = new DrillSender(app.BaseAddress, count);
        await sender.SendAsync(requests);
        var storage = new DrillStorage(app.Azurite.ConnectionString, app.Prefix);
        var drained = await storage.DrainAsync(TimeSpan.FromSeconds(120), () => true);

        var channel = $"telegram:{DrillSecrets.TelegramBotId}";
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/conversations?channelId={Uri.EscapeDataString(channel)}&limit=200");
        var ids = list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        var stored = new List<string>();
        string? owner = null;
        foreach (var id in ids)
        {
            var conversation = await api.GetFromJsonAsync<JsonElement>($"/api/conversations/{Uri.EscapeDataString(id)}");
            owner ??= conversation.TryGetProperty("assignee", out var a) ? a.GetString() : null;
            stored.AddRange(conversation.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("direction").GetString() == "inbound")
                .Select(m => DrillStorage.TokenPattern().Match(m.GetProperty("text").GetString() ?? "").Value));
        }
        var distinct = stored.Distinct(StringComparer.Ordinal).Count();
        var ok = drained && sender.Acknowledged.Count == count && ids.Count == 1 && stored.Count == count && distinct == count && owner == AgentId;
        Console.WriteLine($"  acknowledged {sender.Acknowledged.Count}/{count}; conversations {ids.Count}; inbound messages {stored.Count} ({distinct} distinct); owner {owner ?? "none"}");
        var emails = app.Smtp.Messages;
        Console.WriteLine($"  emails: {emails.Count} ({emails.Count(m => m.Subject?.StartsWith("[SLA", StringComparison.Ordinal) != true)} to the owner for assignment and collapsed new messages, repeated Message-Ids {emails.Count - emails.Select(m => m.MessageId).Distinct().Count()})");
        return ok;
    }

    private static async Task<bool> OneAnnouncementAsync(HttpClient api, int runs)
    {
        var channel = $"facebook:drill{Guid.NewGuid().ToString("N")[..8]}";
        var now = TimeProvider.System.GetUtcNow();
        var open = now.AddMinutes(-1);
        var closeAt = open.Date == now.Date && now.TimeOfDay < TimeSpan.FromHours(23.5) ? "23:59" : now.AddMinutes(1).ToString("HH:mm", CultureInfo.InvariantCulture);
        var empty = Array.Empty<object>();
        var schedule = new
        {
            timeZone = "UTC",
            language = "en",
            announcements = true,
            weekly = new { monday = empty, tuesday = empty, wednesday = empty, thursday = empty, friday = empty, saturday = empty, sunday = empty },
            exceptions = new[] { new { date = open.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hours = new[] { new { open = open.ToString("HH:mm", CultureInfo.InvariantCulture), close = closeAt } } } },
        };
        using (var put = await api.PutAsJsonAsync($"/api/schedules/{Uri.EscapeDataString(channel)}", schedule))
        {
            if (!put.IsSuccessStatusCode) throw new InvalidOperationException($"PUT /api/schedules answered {(int)put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
        }
        Console.WriteLine($"concurrency: {runs} Announce runs at once for {channel}, opened at {open:HH:mm} UTC");
        var answers = await Task.WhenAll(Enumerable.Range(0, runs).Select(async _ =>
        {
            using var content = JsonContent.Create(new { input = "" });
            using var response = await api.PostAsync("/admin/functions/Announce", content);
            return (int)response.StatusCode;
        }));
        // The admin API answers 202 at once; the runs go on in the background.
        var openings = 0;
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(250);
            openings = await OpeningsAsync(api, channel);
            if (openings > 0 && i >= 12) break;
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        openings = await OpeningsAsync(api, channel);
        Console.WriteLine($"  admin answers [{string.Join(", ", answers)}]; opening posts in the outbox {openings}");
        return answers.All(a => a is >= 200 and < 300) && openings == 1;
    }

    private static async Task<int> OpeningsAsync(HttpClient api, string channel)
    {
        var entries = await api.GetFromJsonAsync<JsonElement>($"/api/outbox?channelId={Uri.EscapeDataString(channel)}");
        return entries.EnumerateArray().Count(e => e.TryGetProperty("announcement", out var a) && a.GetString() == "opening");
    }
}
