using System.Diagnostics;
using System.Globalization;

namespace SocialCare.Bench;

/// <summary>
/// <c>emulator-stop [--events 400] [--rate 10] [--concurrency 16] [--at-percent 40] [--mid-pipeline 1] [--drain-seconds 600]</c>:
/// the Azurite that ./run started (queues and tables) is stopped with SIGTERM in the middle of a burst, as <c>kill</c>,
/// <c>pkill</c> or a service manager would stop it, while the app goes on. Azurite must save what it acknowledged as
/// it goes; ./run must say so and start both again on the same ports and data, the app and MailDev untouched (same
/// processes). Then every acknowledged event is one message and one notification.
/// </summary>
internal static class EmulatorStopDrill
{
    private static readonly string[] Stopped = ["azurite-queue", "azurite-table"];

    public static Task<int> RunAsync(string[] args) => RunScriptDrill.RunAsync("emulator-stop", args, StopAzuriteAsync);

    private static async Task<bool> StopAzuriteAsync(RunScript script, DrillSender sender)
    {
        var before = script.EmulatorPids;
        var app = script.AppPid;
        if (!Stopped.All(before.ContainsKey)) throw new InvalidOperationException("./run did not start Azurite (is another one listening on its ports?).");
        var down = Stopwatch.StartNew();
        foreach (var name in Stopped)
        {
            using var kill = Process.Start("kill", ["-TERM", before[name].ToString(CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
        }
        Console.WriteLine($"  SIGTERM to Azurite (queues pid {before["azurite-queue"]}, tables pid {before["azurite-table"]}) after {sender.Completed} requests ({sender.Acknowledged.Count} events acknowledged)");
        var restarted = false;
        while (down.Elapsed < TimeSpan.FromSeconds(120))
        {
            var now = script.EmulatorPids;
            if (Stopped.All(n => now.TryGetValue(n, out var pid) && pid != before[n] && RunScript.Alive(pid)) && await script.HealthyAsync())
            {
                restarted = true;
                break;
            }
            await Task.Delay(50);
        }
        var said = Stopped.All(n => script.Output.Any(l => l.Contains($"{n} exited with code", StringComparison.Ordinal)));
        var untouched = app is { } appPid && script.AppPid == appPid && RunScript.Alive(appPid)
            && before.TryGetValue("maildev", out var mail) && script.EmulatorPids.GetValueOrDefault("maildev") == mail && RunScript.Alive(mail);
        Console.WriteLine($"  ./run {(restarted ? $"restarted Azurite, the app healthy again after {down.Elapsed.TotalSeconds:F1} s" : "did NOT restart Azurite")}; " +
            $"said so: {(said ? "yes" : "NO")}; the app and MailDev {(untouched ? "kept running (same pids)" : "NOT kept running")}");
        return restarted && said && untouched;
    }
}
