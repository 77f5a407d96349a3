using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Security.Cryptography;

namespace SocialCare.Bench;

/// <summary>One way to disrupt ./run mid-burst; true when it went as it should (say, ./run restarted what died and said so).</summary>
internal delegate Task<bool> Disruption(RunScript script, DrillSender sender);

/// <summary>
/// What the <c>app-crash</c>, <c>run-stop</c>, <c>run-kill</c>, <c>emulator-stop</c> and <c>crashes</c> drills share: the real <c>./run</c> on free ports and a temporary
/// data folder, a burst of signed listening mentions (senders retry refused connections and 5xx like a platform),
/// a disruption once a share of the burst is sent and (unless --mid-pipeline 0) the first email is out, then the pipeline drained and counted end to end: every event
/// acknowledged with 200 is one conversation message, one email in MailDev and one Teams card, none twice. Last,
/// SIGTERM to ./run must stop it (exit 143) with every emulator it started saved and gone.
/// </summary>
internal static class RunScriptDrill
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public static Task<int> RunAsync(string name, string[] args, Disruption disrupt) => RunAsync(name, args, [disrupt]);

    /// <summary>
    /// The disruptions in turn, the burst split in as many parts: each part is disrupted once --at-percent of it is
    /// done, and the next part starts when it is all sent (./run serving again).
    /// </summary>
    public static async Task<int> RunAsync(string name, string[] args, IReadOnlyList<Disruption> disruptions)
    {
        var options = new BenchOptions(args);
        var (events, rate, concurrency, atPercent, drainSeconds) =
            (options.Int("events", 400), options.Int("rate", 10), options.Int("concurrency", 16), options.Int("at-percent", 40), options.Int("drain-seconds", 600));
        var midPipeline = options.Int("mid-pipeline", 1) == 1;
        if (events < disruptions.Count)
        {
            Console.Error.WriteLine($"{name}: --events must be at least {disruptions.Count}, one part of the burst per disruption.");
            return 2;
        }
        var run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var requests = Enumerable.Range(0, events).Select(n => DrillEvents.Listening(run, n)).ToList();
        await using var teams = await DrillTeamsListener.StartAsync();
        var prefix = "r" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var settings = DrillSecrets.Settings();
        settings["Storage:NamePrefix"] = prefix;
        settings["Api:FunctionKey"] = BenchApp.FunctionKey;
        settings["Listening:Secret"] = BenchApp.ListeningSecret;
        settings["Teams:DefaultWebhookUrl"] = teams.Url.AbsoluteUri;
        settings["Email:From"] = "socialcare@bench.local";
        settings["Notifications:DefaultEmail"] = "team@bench.local";
        // What a killed app had received comes back within the drill rather than after the default 120 s. A send
        // it was making stays claimed for the claim lease (6 min): the redelivery defers itself past that lease
        // (TriggerDispatcher) rather than failing, so the default retry delay needs no stretching.
        settings["Queues:LockSeconds"] = "10";
        settings["Logging:LogLevel:Default"] = "Warning";

        await using var script = new RunScript(settings);
        using var inbox = new MailDevInbox(script.MailDev);
        var startup = Stopwatch.StartNew();
        await script.StartAsync(StartTimeout);
        Console.WriteLine($"{name}: ./run serving after {startup.Elapsed.TotalSeconds:F1} s on :{script.Port} (data {script.Data}); {events} signed listening mentions at {rate}/s, concurrency {concurrency}, {(disruptions.Count > 1 ? $"{disruptions.Count} disruptions, each after {atPercent}% of its part" : $"disruption after {atPercent}%")} of the requests");

        var sender = new DrillSender(script.BaseAddress, concurrency) { RetryFor = TimeSpan.FromSeconds(300) };
        // One phase of the burst per disruption, each disrupted once --at-percent of it is done: however long a
        // disruption takes, the next one still comes in the middle of sending.
        var disrupted = true;
        var took = TimeSpan.Zero;
        var phases = requests.Chunk((requests.Count + disruptions.Count - 1) / disruptions.Count).ToList();
        for (var k = 0; k < disruptions.Count; k++)
        {
            var (phase, before) = (phases[k], sender.Completed);
            var sending = PacedAsync(sender, phase, rate);
            while (!sending.IsCompleted && sender.Completed - before < phase.Length * atPercent / 100) await Task.Delay(5);
            // Mid-pipeline too, not only mid-intake: once notifications go out, Route is writing conversations, and a
            // table write of the last seconds is what an emulator stopped without saving loses. Not later than 80%.
            while (midPipeline && !sending.IsCompleted && sender.Completed - before < phase.Length * 4 / 5 && (await inbox.CountAsync() ?? 0) == 0) await Task.Delay(100);
            Console.WriteLine($"  disruption{(disruptions.Count > 1 ? $" {k + 1} of {disruptions.Count}" : "")} with {await inbox.CountAsync() ?? 0} emails sent so far");
            if (sending.IsCompleted)
            {
                Console.WriteLine("  the burst was over before the disruption: use more --events");
                disrupted = false;
            }
            else
            {
                disrupted &= await disruptions[k](script, sender);
            }
            took += await sending;
        }
        Console.WriteLine($"  accepted {sender.Accepted} events ({sender.Acknowledged.Count} distinct), rejected {sender.Rejected}, {sender.Retries} request retries, in {took.TotalSeconds:F1} s");

        var storage = new DrillStorage(script.ConnectionString, prefix);
        var acknowledged = sender.Acknowledged.Count;
        var draining = Stopwatch.StartNew();
        var drained = false;
        var lastReport = TimeSpan.Zero;
        var idleSince = TimeSpan.MaxValue;
        while (draining.Elapsed < TimeSpan.FromSeconds(drainSeconds))
        {
            var (pending, emails) = (await storage.PendingAsync(), await inbox.CountAsync() ?? 0);
            if (pending == 0 && emails >= acknowledged && teams.AcceptedTokens.Count >= acknowledged)
            {
                drained = true;
                break;
            }
            // Empty queues for half a minute with notifications still missing: nothing is left that could send them.
            idleSince = pending > 0 ? TimeSpan.MaxValue : idleSince == TimeSpan.MaxValue ? draining.Elapsed : idleSince;
            if (draining.Elapsed - idleSince > TimeSpan.FromSeconds(30)) break;
            if (draining.Elapsed - lastReport > TimeSpan.FromSeconds(15))
            {
                lastReport = draining.Elapsed;
                Console.WriteLine($"  … draining: {pending} queued, {emails} emails, {teams.AcceptedTokens.Count} cards after {draining.Elapsed.TotalSeconds:F0} s");
            }
            await Task.Delay(250);
        }
        var drainTime = draining.Elapsed;
        Console.WriteLine($"  pipeline {(drained ? "drained" : "NOT drained")} {drainTime.TotalSeconds:F1} s after the last 200; dead letters {await storage.DeadLetteredAsync()}");
        await Task.Delay(TimeSpan.FromSeconds(3)); // a notification sent twice would arrive now
        await PrintDeadLettersAsync(script);

        var stored = await storage.ConversationsAsync();
        var mail = DrillMail.Of(await inbox.ReadAsync());
        var messagesOk = DrillVerdict.Check(sender, stored, mail, drained);
        var cards = teams.AcceptedTokens.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var (missingCards, twiceCards) = (sender.Acknowledged.Keys.Count(t => !cards.ContainsKey(t)), cards.Count(c => c.Value > 1));
        Console.WriteLine($"  Teams cards               {cards.Values.Sum()} for {cards.Count} events (+{teams.CrisisCards} crisis), missing {missingCards}, twice {twiceCards}");

        var emulators = script.EmulatorPids;
        var stopping = Stopwatch.StartNew();
        var exit = await script.TerminateAsync(TimeSpan.FromSeconds(120));
        var stopped = StoppedCleanly(script, emulators, exit);
        Console.WriteLine($"  SIGTERM to ./run at the end: exit {exit} after {stopping.Elapsed.TotalSeconds:F1} s, emulators {(stopped ? "saved and stopped" : "NOT stopped cleanly")}");

        var lost = sender.Acknowledged.Keys.Count(t => !stored.TokenMessages.ContainsKey(t));
        var duplicated = stored.TokenMessages.Values.Count(c => c.Count > 1);
        var ok = disrupted && messagesOk && sender.Rejected == 0 && missingCards == 0 && twiceCards == 0 && stopped;
        Console.WriteLine($"{name}: acknowledged {acknowledged}, lost {lost}, duplicated {duplicated} messages, {mail.DuplicateTokens} emails, {twiceCards} cards; " +
            $"notifications {mail.NewMessageByToken.Values.Sum(v => v.Count)} emails and {cards.Values.Sum()} cards for {acknowledged} events; drain {drainTime.TotalSeconds:F1} s — {(ok ? "MET" : "NOT MET")}");
        return ok ? 0 : 1;
    }

    /// <summary>
    /// A steady stream rather than all at once: intake is several times faster than the pipeline, and a burst sent
    /// in seconds would be over before the first conversation is written.
    /// </summary>
    private static async Task<TimeSpan> PacedAsync(DrillSender sender, IReadOnlyList<DrillRequest> requests, int perSecond)
    {
        var clock = Stopwatch.StartNew();
        var quarter = Math.Max(1, perSecond / 4);
        var sent = 0;
        foreach (var chunk in requests.Chunk(quarter))
        {
            await sender.SendAsync(chunk);
            sent += chunk.Length;
            var due = TimeSpan.FromSeconds((double)sent / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
        }
        return clock.Elapsed;
    }

    private static async Task PrintDeadLettersAsync(RunScript script)
    {
        using var api = new HttpClient { BaseAddress = script.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Add("x-functions-key", BenchApp.FunctionKey);
        var letters = await api.GetFromJsonAsync<JsonElement>("/api/deadletters");
        foreach (var queue in letters.EnumerateArray().Where(q => q.GetProperty("count").GetInt32() > 0))
        {
            var reasons = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("description").GetString()).Distinct().Take(3);
            Console.WriteLine($"  dead letters in {queue.GetProperty("queue").GetString()}: {queue.GetProperty("count").GetInt32()} (\"{string.Join("\", \"", reasons)}\")");
        }
    }

    /// <summary>Exit 143 (its TERM trap), every emulator it started gone, none killed after a save that took too long.</summary>
    public static bool StoppedCleanly(RunScript script, IReadOnlyDictionary<string, int> emulators, int exit) =>
        exit == 143
        && emulators.Count == 3
        && emulators.Values.All(pid => !RunScript.Alive(pid))
        && !script.Output.Any(l => l.Contains("did not stop within", StringComparison.Ordinal));
}
