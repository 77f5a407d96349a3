using System.Diagnostics;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Operations;

/// <summary>
/// Small versions of the <c>app-crash</c> and <c>run-stop</c> drills: the bench runs the real <c>./run</c> (on free
/// ports and a temporary data folder, RUN_SKIP_BUILD=1 so nothing is rebuilt), disrupts it in the middle of a burst
/// and counts end to end. A regression in ./run's supervision or shutdown order fails here.
/// </summary>
[Trait("Category", "Drill")]
[Trait(Needs.Trait, Needs.Process)]
public sealed class RunScriptDrillTests
{
    private static readonly string Bench = Path.Combine(RepoPaths.Root, "bench", "SocialCare.Bench", "bin", "Release", "net10.0", "SocialCare.Bench.dll");

    [Fact]
    public async Task An_app_killed_mid_burst_is_restarted_by_run_and_no_acknowledged_event_is_lost_or_told_twice()
    {
        var (exit, output) = await DrillAsync("app-crash");

        Assert.True(exit == 0, output);
        Assert.Contains("app exited with code 137", output, StringComparison.Ordinal);
        Assert.Contains("kept running (same pids)", output, StringComparison.Ordinal);
        Assert.Matches(@"app-crash: acknowledged \d+, lost 0, duplicated 0 messages, 0 emails, 0 cards; .* — MET", output);
    }

    [Fact]
    public async Task Run_stopped_with_sigterm_mid_burst_saves_the_emulators_and_loses_no_acknowledged_event_after_a_restart()
    {
        var (exit, output) = await DrillAsync("run-stop");

        Assert.True(exit == 0, output);
        Assert.Contains("Stopped azurite-table (saved to", output, StringComparison.Ordinal);
        Assert.Matches(@"SIGTERM to \./run after \d+ requests \(\d+ events acknowledged\): exit 143 .* saved and stopped", output);
        Assert.Matches(@"run-stop: acknowledged \d+, lost 0, duplicated 0 messages, 0 emails, 0 cards; .* — MET", output);
    }

    /// <remarks>
    /// Disrupted during intake (--mid-pipeline 0). A send cut off by the kill keeps its claim until the lease ends, and
    /// its message is deferred to then: the app here runs with a 20 s function timeout and a 30 s lease (the same
    /// rule, lease > timeout, scaled down through the host's own override setting) so that case drains in the window.
    /// </remarks>
    private static async Task<(int Exit, string Output)> DrillAsync(string name)
    {
        Assert.True(File.Exists(Bench), $"{Bench} is missing: ./test builds the solution in Release first.");
        Needs.Refuse(Needs.Process);
        var start = new ProcessStartInfo("dotnet", [Bench, name, "--events", "40", "--rate", "4", "--concurrency", "8", "--at-percent", "30", "--mid-pipeline", "0", "--drain-seconds", "240"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["AzureFunctionsJobHost__functionTimeout"] = "00:00:20",
                ["Notifications__ClaimLeaseSeconds"] = "30",
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
