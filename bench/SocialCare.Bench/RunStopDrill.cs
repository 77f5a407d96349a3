using System.Diagnostics;

namespace SocialCare.Bench;

/// <summary>
/// <c>run-stop [--events 400] [--rate 10] [--concurrency 16] [--at-percent 40] [--mid-pipeline 1] [--drain-seconds 600]</c>: SIGTERM to ./run itself
/// in the middle of a burst; it must stop the app, then save and stop Azurite and MailDev, and exit. ./run is then
/// started again on the same ports and data folder, the senders' retries get through, and every acknowledged event
/// is one message and one notification: nothing acknowledged before the stop was lost with the emulators.
/// </summary>
internal static class RunStopDrill
{
    public static Task<int> RunAsync(string[] args) => RunScriptDrill.RunAsync("run-stop", args, StopAndStartAsync);

    internal static async Task<bool> StopAndStartAsync(RunScript script, DrillSender sender)
    {
        var emulators = script.EmulatorPids;
        var clock = Stopwatch.StartNew();
        var acknowledged = sender.Acknowledged.Count;
        var exit = await script.TerminateAsync(TimeSpan.FromSeconds(120));
        var stopTook = clock.Elapsed;
        var stopped = RunScriptDrill.StoppedCleanly(script, emulators, exit);
        Console.WriteLine($"  SIGTERM to ./run after {sender.Completed} requests ({acknowledged} events acknowledged): exit {exit} after {stopTook.TotalSeconds:F1} s, " +
            $"emulators {(stopped ? "saved and stopped" : "NOT stopped cleanly")}");
        await script.StartAsync(TimeSpan.FromSeconds(120));
        Console.WriteLine($"  ./run started again on the same data folder: serving {(clock.Elapsed - stopTook).TotalSeconds:F1} s later ({clock.Elapsed.TotalSeconds:F1} s without intake)");
        return stopped;
    }
}
