using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialCare.Bench;

/// <summary>
/// <c>faults [--events 300] [--fault-seconds 60]</c>: while the SMTP sink refuses and the Teams listener answers 429
/// then 500, events arrive; Queues:MaxDeliveryCount 3 dead-letters what keeps failing. Then the downstreams recover,
/// the queues drain, and every queue with dead letters is replayed. Every event must end with exactly one email and
/// one Teams card: none missing, none twice.
/// </summary>
internal static class FaultsDrill
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var (events, faultSeconds) = (options.Int("events", 300), options.Int("fault-seconds", 60));
        var plan = DrillPlan.Mixed(events);
        Console.WriteLine($"faults: {plan.DistinctEvents} events; SMTP refusing and Teams 429 then 500 for {faultSeconds} s; MaxDeliveryCount 3");
        await using var teams = await DrillTeamsListener.StartAsync();
        var settings = DrillSecrets.Settings();
        settings["Teams:DefaultWebhookUrl"] = teams.Url.AbsoluteUri;
        settings["Teams:MaxAttempts"] = "2";
        settings["Teams:BaseDelayMilliseconds"] = "100";
        settings["Teams:MaxDelaySeconds"] = "1";
        settings["Queues:MaxDeliveryCount"] = "3";
        settings["Queues:RetryDelayMilliseconds"] = "300";
        settings["Logging:LogLevel:Default"] = "Critical"; // every refused send logs a stack trace; the figures say it
        DrillSecrets.QuietTelemetry();
        await using var app = await BenchApp.StartAsync(settings);
        using var api = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Add("x-functions-key", BenchApp.FunctionKey);

        app.Smtp.Refusing = true;
        teams.Mode = TeamsMode.Throttle;
        var fault = Stopwatch.StartNew();
        var sender = new DrillSender(app.BaseAddress, 16);
        await sender.SendAsync(plan.Requests);
        Console.WriteLine($"  accepted {sender.Accepted} events ({sender.Acknowledged.Count} distinct), rejected {sender.Rejected}");
        while (fault.Elapsed < TimeSpan.FromSeconds(faultSeconds / 2.0)) await Task.Delay(100);
        teams.Mode = TeamsMode.Fail;
        while (fault.Elapsed < TimeSpan.FromSeconds(faultSeconds)) await Task.Delay(100);
        var (emailsDuringFault, cardsDuringFault) = (app.Smtp.Received.Count, teams.AcceptedTokens.Count);
        app.Smtp.Refusing = false;
        teams.Mode = TeamsMode.Accept;
        Console.WriteLine($"  during the faults: Teams refused {teams.Refused} posts, {emailsDuringFault} emails and {cardsDuringFault} cards got through");

        var storage = new DrillStorage(app.Azurite.ConnectionString, app.Prefix);
        var seen = 0;
        var replayed = 0;
        var drained = false;
        for (var round = 1; round <= 5; round++)
        {
            drained = await storage.DrainAsync(TimeSpan.FromSeconds(120), () => true);
            var letters = await api.GetFromJsonAsync<JsonElement>("/api/deadletters");
            var withLetters = letters.EnumerateArray().Where(q => q.GetProperty("count").GetInt32() > 0).ToList();
            if (withLetters.Count == 0) break;
            foreach (var queue in withLetters)
            {
                var name = queue.GetProperty("queue").GetString()!;
                var count = queue.GetProperty("count").GetInt32();
                var reason = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("description").GetString()).FirstOrDefault();
                seen += count;
                Console.WriteLine($"  round {round}: {count} dead letters in {name} (e.g. \"{Clip(reason)}\")");
                using var response = await api.PostAsync($"/api/deadletters/{name}/replay", null);
                var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                replayed += result.GetProperty("replayed").GetInt32();
            }
        }
        drained = drained && await storage.DrainAsync(TimeSpan.FromSeconds(120), () => true) && await storage.DeadLetteredAsync() == 0;
        await Task.Delay(TimeSpan.FromSeconds(2));

        var mail = DrillMail.Of(app.Smtp.Received);
        var cards = teams.AcceptedTokens.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var acknowledged = sender.Acknowledged.Keys.ToList();
        var missingEmails = acknowledged.Count(t => !mail.NewMessageByToken.ContainsKey(t));
        var missingCards = acknowledged.Count(t => !cards.ContainsKey(t));
        var duplicateCards = cards.Count(c => c.Value > 1);
        Console.WriteLine($"  dead letters seen {seen}, replayed {replayed}, left {await storage.DeadLetteredAsync()}; queues {(drained ? "drained" : "NOT drained")}");
        Console.WriteLine($"  delivered after recovery: {app.Smtp.Received.Count - emailsDuringFault} emails, {teams.AcceptedTokens.Count - cardsDuringFault} Teams cards (+{teams.CrisisCards} crisis cards)");
        Console.WriteLine($"  missing: {missingEmails} emails, {missingCards} cards; duplicates: {mail.DuplicateTokens + mail.DuplicateMessageIds} emails, {duplicateCards} cards");
        var ok = drained && sender.Rejected == 0 && seen > 0 && missingEmails == 0 && missingCards == 0
            && mail.DuplicateTokens == 0 && mail.DuplicateMessageIds == 0 && duplicateCards == 0;
        Console.WriteLine($"  expectation (dead letters visible, then every event told once by email and once in Teams): {(ok ? "MET" : "MISSED")}");
        return ok ? 0 : 1;
    }

    private static string Clip(string? text) => text is null ? "" : text.Length <= 90 ? text : text[..90] + "…";
}
