using System.Diagnostics;
using System.Globalization;

namespace SocialCare.Bench;

/// <summary>
/// <c>startup [--runs N]</c>: process start → first 200 on GET / for the handler in custom-handler mode (no Azurite,
/// no SMTP) and for a bare minimal API (this exe's <c>bare-app</c> mode); medians of N runs each, interleaved.
/// </summary>
internal static class StartupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = new BenchOptions(args).Int("runs", 5);
        var handler = Path.Combine(RepoRoot.Path, "functions", "SocialCare.Functions", "bin", "Release", "net10.0", "handler.dll");
        if (!File.Exists(handler)) throw new InvalidOperationException($"{handler} is missing: build the app in Release (./run bench builds it).");
        var bench = typeof(StartupBench).Assembly.Location;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var (app, bare) = (new List<double>(), new List<double>());
        Console.WriteLine($"startup: median of {runs} runs, process start → first 200 on GET /");
        for (var i = 0; i < runs; i++)
        {
            app.Add(await TimeToFirstAnswerAsync(http, port => Start(handler, [], HandlerEnvironment(port))));
            bare.Add(await TimeToFirstAnswerAsync(http, port => Start(bench, ["bare-app", "--port", port], [])));
        }
        var (appMedian, bareMedian) = (new Latencies(app).Percentile(50), new Latencies(bare).Percentile(50));
        Console.WriteLine($"  handler (custom-handler mode)  median {appMedian:F0} ms  runs [{string.Join(", ", app.Select(a => a.ToString("F0", CultureInfo.InvariantCulture)))}]");
        Console.WriteLine($"  bare ASP.NET Core minimal API  median {bareMedian:F0} ms  runs [{string.Join(", ", bare.Select(a => a.ToString("F0", CultureInfo.InvariantCulture)))}]");
        Console.WriteLine($"  ratio = {appMedian / bareMedian:F2} (target <= 1.5) {(appMedian / bareMedian <= 1.5 ? "MET" : "MISSED")}");
        return 0;
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
