using System.Diagnostics;
using System.Security.Cryptography;

namespace SocialCare.Bench;

/// <summary>
/// <c>crash [--events 20000] [--concurrency 32] [--kills 3] [--drain-seconds 2700]</c>: the burst against the handler
/// as a child process (Queues:LockSeconds 30), SIGKILLed at random moments of the send and restarted; senders retry
/// what failed. After the queues drain every event acknowledged with 200 is in its conversation once and no
/// notification went out twice.
/// </summary>
internal static class CrashDrill
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var (events, concurrency, kills, drainSeconds) = (options.Int("events", 20_000), options.Int("concurrency", 32), options.Int("kills", 3), options.Int("drain-seconds", 2700));
        var plan = DrillPlan.Mixed(events);
        Console.WriteLine($"crash: {plan.DistinctEvents} events + {plan.DuplicateEvents} re-sent in {plan.Requests.Count} requests, concurrency {concurrency}, {kills} × kill -9");
        var azurite = await Azurite.SharedAsync();
        await using var smtp = new SmtpSink();
        var settings = DrillSecrets.Settings();
        // Short, so what a killed process held comes back within the drill; long enough that a deep backlog's slow
        // handling does not outlive its lock and count deliveries towards the dead-letter limit.
        settings["Queues:LockSeconds"] = "30";
        await using var app = new DrillChildApp(azurite, smtp, "c" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)), settings);
        await app.StartAsync();

        var sender = new DrillSender(app.BaseAddress, concurrency);
        var sending = sender.SendAsync(plan.Requests);
        // Kill points: random fractions of the requests sent, so all kills land inside the send whatever its speed.
        var random = new Random();
        var points = Enumerable.Range(0, kills).Select(_ => 0.1 + random.NextDouble() * 0.8).Order().ToList();
        var downtime = new List<double>();
        foreach (var point in points)
        {
            while (!sending.IsCompleted && sender.Completed < point * plan.Requests.Count) await Task.Delay(20);
            if (sending.IsCompleted) break;
            var down = Stopwatch.StartNew();
            await app.KillAsync();
            Console.WriteLine($"  kill -9 after {sender.Completed}/{plan.Requests.Count} requests ({sender.Acknowledged.Count} events acknowledged)");
            await app.StartAsync();
            downtime.Add(down.Elapsed.TotalMilliseconds);
        }
        var took = await sending;
        Console.WriteLine($"  killed {downtime.Count} times, back serving after {string.Join(", ", downtime.Select(d => $"{d:F0} ms"))}; {sender.Retries} request retries");
        Console.WriteLine($"  accepted {sender.Accepted} events ({sender.Acknowledged.Count} distinct), rejected {sender.Rejected}, in {took.TotalSeconds:F1} s");

        var storage = new DrillStorage(azurite.ConnectionString, app.Prefix);
        var draining = Stopwatch.StartNew();
        var drained = await storage.DrainAsync(TimeSpan.FromSeconds(drainSeconds), () => smtp.Received.Count >= sender.Acknowledged.Count);
        Console.WriteLine($"  pipeline {(drained ? "drained" : "NOT drained")} {draining.Elapsed.TotalSeconds:F0} s after the last 200; dead letters {await storage.DeadLetteredAsync()}");
        await Task.Delay(TimeSpan.FromSeconds(6)); // longer than a lock: a redelivery that would send twice shows up now
        var ok = DrillVerdict.Check(sender, await storage.ConversationsAsync(), DrillMail.Of(smtp.Received), drained);
        return ok && downtime.Count == kills ? 0 : 1;
    }
}
