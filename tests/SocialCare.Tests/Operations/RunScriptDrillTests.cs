using System.Diagnostics;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Operations;

/// <summary>
/// Small versions of the <c>app-crash</c>, <c>run-stop</c>, <c>run-kill</c> and <c>emulator-stop</c> drills: the bench runs the real
/// <c>./run</c> (on free ports and a temporary data folder, RUN_SKIP_BUILD=1 so nothing is rebuilt), disrupts it in the
/// middle of a burst and counts end to end. A regression in ./run's supervision or shutdown order, or in what Azurite
/// saves when it is stopped, fails here. One class per drill, so the four (each on its own ports and data folder) run
/// side by side.
/// </summary>
public abstract class RunScriptDrillTests
{
    private static readonly string Bench = Path.Combine(RepoPaths.Root, "bench", "SocialCare.Bench", "bin", "Release", "net10.0", "SocialCare.Bench.dll");


    /// <remarks>
    /// Disrupted during intake (--mid-pipeline 0). A send cut off by the kill keeps its claim until the lease ends, and
    /// its message is deferred to then: the app here runs with a 10 s function timeout and a 15 s lease (the same
    /// rule, lease > timeout, scaled down through the host's own override setting) so that case drains in the window.
    /// </remarks>
    protected static async Task<(int Exit, string Output)> DrillAsync(string name)
    {
        Assert.True(File.Exists(Bench), $"{Bench} is missing: ./test builds the solution in Release first.");
        Needs.Refuse(Needs.Process);
        var start = new ProcessStartInfo("dotnet", [Bench, name, "--events", "40", "--rate", "8", "--concurrency", "8", "--at-percent", "30", "--mid-pipeline", "0", "--drain-seconds", "240"])
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
