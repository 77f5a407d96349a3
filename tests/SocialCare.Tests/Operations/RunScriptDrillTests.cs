using System.Diagnostics;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Operations;

/// <summary>
/// The <c>crashes</c> drill, small: the bench runs the real <c>./run</c> (on free ports and a temporary data folder,
/// RUN_SKIP_BUILD=1 so nothing is rebuilt) and, in turn, in the middle of four parts of one burst, kills the app, stops
/// every emulator with SIGTERM, kills <c>./run</c> and starts it again, and stops <c>./run</c> and starts it again, then
/// counts end to end. A regression in ./run's supervision, its leftovers check or its shutdown order, or in what
/// Azurite saves when it is stopped (without the patch 16 and 28 of 120 messages were lost in two runs), fails here. One
/// <c>./run</c> for the four crashes, as a bad day brings them, rather than one each (the four drills side by side
/// cost 57 CPU-seconds of the test phase, this one 22–32).
/// </summary>
[Trait("Category", "Drill")]
[Trait(Needs.Trait, Needs.Process)]
public sealed class RunScriptDrillTests
{
    private static readonly string Bench = Path.Combine(RepoPaths.Root, "bench", "SocialCare.Bench", "bin", "Release", "net10.0", "SocialCare.Bench.dll");

    /// <remarks>
    /// Disrupted during intake (--mid-pipeline 0). A send cut off by the kill keeps its claim until the lease ends, and
    /// its message is deferred to then: the app here runs with a 10 s function timeout and a 15 s lease (the same
    /// rule, lease > timeout, scaled down through the host's own override setting) so that case drains in the window.
    /// </remarks>
    [Fact]
    public async Task The_app_killed_emulators_stopped_and_run_killed_and_stopped_mid_burst_lose_no_acknowledged_event_and_tell_none_twice()
    {
        var (exit, output) = await DrillAsync("crashes", events: 120);

        Assert.True(exit == 0, output);
        // app-crash: ./run restarts the app, the emulators untouched
        Assert.Contains("app exited with code 137", output, StringComparison.Ordinal);
        Assert.Contains("kept running (same pids)", output, StringComparison.Ordinal);
        // emulator-stop: ./run starts each again, the app untouched
        Assert.Contains("azurite-table exited with code", output, StringComparison.Ordinal);
        Assert.Contains("azurite-queue exited with code", output, StringComparison.Ordinal);
        Assert.Contains("maildev exited with code", output, StringComparison.Ordinal);
        Assert.Contains("restarted every emulator", output, StringComparison.Ordinal);
        Assert.Contains("the app kept running (same pid)", output, StringComparison.Ordinal);
        // run-kill: the next ./run stops what the killed one left and starts its own
        Assert.Contains("its app and emulators left running", output, StringComparison.Ordinal);
        Assert.Contains("stopped the app and emulators left behind, and started its own", output, StringComparison.Ordinal);
        // run-stop: SIGTERM stops ./run with the emulators saved, and a new ./run serves the same data
        Assert.Contains("Stopped azurite-table (saved to", output, StringComparison.Ordinal);
        Assert.Matches(@"SIGTERM to \./run after \d+ requests \(\d+ events acknowledged\): exit 143 .* saved and stopped", output);
        Assert.Matches(@"crashes: acknowledged 120, lost 0, duplicated 0 messages, 0 emails, 0 cards; .* — MET", output);
    }

    private static async Task<(int Exit, string Output)> DrillAsync(string name, int events)
    {
        Assert.True(File.Exists(Bench), $"{Bench} is missing: ./test builds the solution in Release first.");
        Needs.Refuse(Needs.Process);
        var start = new ProcessStartInfo("dotnet", [Bench, name, "--events", events.ToString(System.Globalization.CultureInfo.InvariantCulture), "--rate", "8", "--concurrency", "8", "--at-percent", "30", "--mid-pipeline", "0", "--drain-seconds", "240"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["AzureFunctionsJobHost__functionTimeout"] = "00:00:10",
                ["Notifications__ClaimLeaseSeconds"] = "15",
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(7));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
