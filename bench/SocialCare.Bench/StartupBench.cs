using System.Diagnostics;
using System.Globalization;

namespace SocialCare.Bench;

/// <summary>
/// <c>startup [--runs N]</c>: process start → first 200 on GET / for the handler in custom-handler mode (no Azurite,
/// no SMTP) and for a bare minimal API (this exe's <c>bare-app</c> mode); medians of N runs each, interleaved. The
/// handler measured against the target is compiled as the package is (ReadyToRun, published here framework-dependent
/// so it starts through <c>dotnet</c> like the bare app); the Release build (JIT) is timed beside it for comparison.
/// </summary>
internal static class StartupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = new BenchOptions(args).Int("runs", 5);
        var project = Path.Combine(RepoRoot.Path, "functions", "SocialCare.Functions");
        var built = Path.Combine(project, "bin", "Release", "net10.0", "handler.dll");
        if (!File.Exists(built)) throw new InvalidOperationException($"{built} is missing: build the app in Release (./run bench builds it).");
        var packaged = Directory.CreateTempSubdirectory("socialcare-startup-");
        try
        {
            await PublishAsync(Path.Combine(project, "SocialCare.Functions.csproj"), packaged.FullName);
            var handler = Path.Combine(packaged.FullName, "handler.dll");
            var bench = typeof(StartupBench).Assembly.Location;
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var (app, jit, bare) = (new List<double>(), new List<double>(), new List<double>());
            Console.WriteLine($"startup: median of {runs} runs, process start → first 200 on GET /");
            for (var i = 0; i < runs; i++)
            {
                app.Add(await TimeToFirstAnswerAsync(http, port => Start(handler, [], HandlerEnvironment(port))));
                bare.Add(await TimeToFirstAnswerAsync(http, port => Start(bench, ["bare-app", "--port", port], [])));
                jit.Add(await TimeToFirstAnswerAsync(http, port => Start(built, [], HandlerEnvironment(port))));
            }
            var (appMedian, bareMedian) = (Median(app), Median(bare));
            Print("handler as packaged (ReadyToRun)", app);
            Print("handler as built (JIT), for comparison", jit);
            Print("bare ASP.NET Core minimal API", bare);
            Console.WriteLine($"  ratio = {appMedian / bareMedian:F2} (packaged handler / bare; target <= 1.5) {(appMedian / bareMedian <= 1.5 ? "MET" : "MISSED")}");
            return 0;
        }
        finally
        {
            packaged.Delete(recursive: true);
        }
    }

    private static double Median(List<double> runs) => new Latencies(runs).Percentile(50);

    private static void Print(string what, List<double> runs) =>
        Console.WriteLine($"  {what,-40} median {Median(runs):F0} ms  runs [{string.Join(", ", runs.Select(a => a.ToString("F0", CultureInfo.InvariantCulture)))}]");

    /// <summary>The package's compilation (the project publishes ReadyToRun for a runtime), without its bundled runtime.</summary>
    private static async Task PublishAsync(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // The portable identifier of this machine (linux-x64, osx-arm64 …), which the runtime packs are published for.
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var runtime = $"{os}-{System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        foreach (var a in new[] { "publish", project, "-c", "Release", "-r", runtime, "--self-contained", "false", "-o", output, "-nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await stdout}{await stderr}");
    }

    /// <summary>What Azure sets; the storage address is unreachable on purpose: GET / must not need storage.</summary>
    private static Dictionary<string, string> HandlerEnvironment(string port) => new()
    {
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port,
        ["Storage__ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        ["Email__SmtpHost"] = "127.0.0.1",
        ["Email__From"] = "socialcare@bench.local",
        ["Notifications__DefaultEmail"] = "team@bench.local",
        ["Api__FunctionKey"] = "bench",
        ["Links__SigningKey"] = "bench-links-key",
        ["Links__BaseUrl"] = "http://127.0.0.1",
    };

    private static Process Start(string dll, string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<double> TimeToFirstAnswerAsync(HttpClient http, Func<string, Process> start)
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        using var process = start(port);
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (process.HasExited) throw new InvalidOperationException($"the process exited with {process.ExitCode} before answering");
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/");
                    if (response.IsSuccessStatusCode) return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(5);
            }
            throw new TimeoutException("no answer on GET / within 30 s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
