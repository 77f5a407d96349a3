using System.Diagnostics;

namespace SocialCare.Bench;

/// <summary>
/// <c>run-kill [--events 400] [--rate 10] [--concurrency 16] [--at-percent 40] [--mid-pipeline 1] [--drain-seconds 600]</c>:
/// SIGKILL to ./run itself in the middle of a burst, as a torn-down session or the OOM killer would end it: its traps
/// never run, and its app and emulators go on running on their own. ./run is started again on the same ports and data
/// folder; it must stop what was left (the app first, then the emulators with SIGINT, which saves) and start its own.
/// Then every acknowledged event is one message and one notification.
/// </summary>
internal static class RunKillDrill
{
    public static Task<int> RunAsync(string[] args) => RunScriptDrill.RunAsync("run-kill", args, KillAndStartAsync);

    internal static async Task<bool> KillAndStartAsync(RunScript script, DrillSender sender)
    {
        var app = script.AppPid ?? throw new InvalidOperationException("./run has no app running (no app.pid).");
        var emulators = script.EmulatorPids;
        var clock = Stopwatch.StartNew();
        var pid = await script.KillScriptAsync();
        var leftRunning = RunScript.Alive(app) && emulators.Count == 3 && emulators.Values.All(RunScript.Alive);
        Console.WriteLine($"  kill -9 ./run (pid {pid}) after {sender.Completed} requests ({sender.Acknowledged.Count} events acknowledged); " +
            $"its app and emulators {(leftRunning ? "left running" : "NOT all left running")}");
        await script.StartAsync(TimeSpan.FromSeconds(180));
        var said = script.Output.Any(l => l.Contains("The app of a ./run that was killed is still running", StringComparison.Ordinal))
            && emulators.Keys.All(n => script.Output.Any(l => l.Contains($"{n} of a ./run that was killed is still running", StringComparison.Ordinal)));
        var now = script.EmulatorPids;
        var replaced = !RunScript.Alive(app) && script.AppPid is { } newApp && newApp != app
            && emulators.All(e => !RunScript.Alive(e.Value) && now.TryGetValue(e.Key, out var fresh) && fresh != e.Value && RunScript.Alive(fresh));
        Console.WriteLine($"  ./run started again: {(said && replaced ? "stopped the app and emulators left behind, and started its own" : "did NOT replace what was left behind")}; " +
            $"serving {clock.Elapsed.TotalSeconds:F1} s after the kill");
        return leftRunning && said && replaced;
    }
}
