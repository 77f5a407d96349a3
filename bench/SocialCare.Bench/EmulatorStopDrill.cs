using System.Diagnostics;
using SocialCare.LocalParts;

namespace SocialCare.Bench;

/// <summary>
/// <c>emulator-stop [--events 400] [--rate 10] [--concurrency 16] [--at-percent 40] [--mid-pipeline 1] [--drain-seconds 600] [--kill]</c>:
/// every emulator that ./run started (Azurite's queues and tables, MailDev) is stopped at once with SIGTERM in the
/// middle of a burst, as <c>kill</c>, <c>pkill</c> or a service manager would stop them, while the app goes on
/// (<c>--kill</c>: SIGKILL, which no process can save on: what it measures is the loss of Azurite's 5 s autosave
/// window, the same as a power cut's). Azurite must save what it acknowledged as
/// it goes; ./run must say so and start each again on the same ports and data, the app untouched (same process).
/// Then every acknowledged event is one message and one notification.
/// </summary>
internal static class EmulatorStopDrill
{
    private static readonly string[] Stopped = ["azurite-queue", "azurite-table", "maildev"];

    public static Task<int> RunAsync(string[] args)
    {
        var signal = new BenchOptions(args).Flag("kill") ? "KILL" : "TERM";
        return RunScriptDrill.RunAsync("emulator-stop", args, (script, sender) => StopEmulatorsAsync(script, sender, signal));
    }

    internal static async Task<bool> StopEmulatorsAsync(RunScript script, DrillSender sender, string signal)
    {
        var before = script.EmulatorPids;
        var app = script.AppPid;
        if (!Stopped.All(before.ContainsKey)) throw new InvalidOperationException("./run did not start every emulator (is another one listening on its ports?).");
        var down = Stopwatch.StartNew();
        foreach (var name in Stopped) Signal.Send(before[name], signal);
        Console.WriteLine($"  SIG{signal} to every emulator ({string.Join(", ", Stopped.Select(n => $"{n} pid {before[n]}"))}) after {sender.Completed} requests ({sender.Acknowledged.Count} events acknowledged)");
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
        var untouched = app is { } appPid && script.AppPid == appPid && RunScript.Alive(appPid);
        Console.WriteLine($"  ./run {(restarted ? $"restarted every emulator, the app healthy again after {down.Elapsed.TotalSeconds:F1} s" : "did NOT restart every emulator")}; " +
            $"said so: {(said ? "yes" : "NO")}; the app {(untouched ? "kept running (same pid)" : "NOT kept running")}");
        return restarted && said && untouched;
    }
}
