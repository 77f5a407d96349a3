namespace SocialCare.Bench;

/// <summary>
/// <c>burst [--events 20000] [--concurrency 32] [--drain-seconds 2700]</c>: signed events of listening, Meta
/// (batches up to 1,000), Telegram and VK with ~10% re-sent, as fast as the app takes them; then waits for the
/// pipeline to drain and checks conversations and emails against the events.
/// </summary>
internal static class BurstDrill
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var (events, concurrency, drainSeconds) = (options.Int("events", 20_000), options.Int("concurrency", 32), options.Int("drain-seconds", 2700));
        var plan = DrillPlan.Mixed(events);
        Console.WriteLine($"burst: {plan.DistinctEvents} events + {plan.DuplicateEvents} re-sent in {plan.Requests.Count} requests, concurrency {concurrency}");
        DrillSecrets.QuietTelemetry();
        await using var app = await BenchApp.StartAsync(DrillSecrets.Settings());
        var cpu = new CpuMeter(app.Azurite);
        var sender = new DrillSender(app.BaseAddress, concurrency);
        var took = await sender.SendAsync(plan.Requests);
        Console.WriteLine($"  accepted {sender.Accepted} events ({sender.Acknowledged.Count} distinct), rejected {sender.Rejected}, in {took.TotalSeconds:F1} s ({sender.Accepted / took.TotalSeconds:F0} events/s)");

        var storage = new DrillStorage(app.Azurite.ConnectionString, app.Prefix);
        var draining = System.Diagnostics.Stopwatch.StartNew();
        var drained = await storage.DrainAsync(TimeSpan.FromSeconds(drainSeconds), () => app.Smtp.Received.Count >= sender.Acknowledged.Count);
        Console.WriteLine($"  pipeline {(drained ? "drained" : "NOT drained")} {draining.Elapsed.TotalSeconds:F0} s after the last 200 ({sender.Acknowledged.Count / (took + draining.Elapsed).TotalSeconds:F0} events/s end to end); dead letters {await storage.DeadLetteredAsync()}");
        Console.WriteLine($"  {cpu.PerEvent(sender.Acknowledged.Count)}");
        await Task.Delay(TimeSpan.FromSeconds(2)); // late duplicates, if any, would arrive now
        var ok = DrillVerdict.Check(sender, await storage.ConversationsAsync(), DrillMail.Of(app.Smtp.Received), drained);
        return ok && sender.Rejected == 0 ? 0 : 1;
    }
}
