using System.Diagnostics;

namespace SocialCare.Bench;

/// <summary>
/// <c>app-crash [--events 400] [--rate 10] [--concurrency 16] [--at-percent 40] [--mid-pipeline 1] [--drain-seconds 600]</c>: the app that ./run
/// started is SIGKILLed in the middle of a burst; ./run must restart it by itself and say so, with Azurite and
/// MailDev untouched (same processes). Then every acknowledged event is one message and one notification.
/// </summary>
internal static class AppCrashDrill
{
    public static Task<int> RunAsync(string[] args) => RunScriptDrill.RunAsync("app-crash", args, KillAppAsync);

    internal static async Task<bool> KillAppAsync(RunScript script, DrillSender sender)
    {
        var emulators = script.EmulatorPids;
        var down = Stopwatch.StartNew();
        var pid = script.KillApp();
        Console.WriteLine($"  kill -9 the app (pid {pid}) after {sender.Completed} requests ({sender.Acknowledged.Count} events acknowledged)");
        var restarted = false;
        while (down.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (script.AppPid is { } now && now != pid && await script.HealthyAsync())
            {
                restarted = true;
                break;
            }
            await Task.Delay(50);
        }
        var said = script.Output.Any(l => l.Contains("app exited with code 137", StringComparison.Ordinal));
        var untouched = emulators.Count == 3 && emulators.All(e => RunScript.Alive(e.Value) && script.EmulatorPids.GetValueOrDefault(e.Key) == e.Value);
        Console.WriteLine($"  ./run {(restarted ? $"restarted the app, serving again after {down.Elapsed.TotalSeconds:F1} s" : "did NOT restart the app")}; " +
            $"said so: {(said ? "yes" : "NO")}; Azurite and MailDev {(untouched ? "kept running (same pids)" : "NOT kept running")}");
        return restarted && said && untouched;
    }
}
