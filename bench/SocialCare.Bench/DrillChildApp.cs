using System.Diagnostics;
using System.Globalization;

namespace SocialCare.Bench;

/// <summary>
/// The handler as a child process in local host mode on a fixed port, configured through environment variables
/// (<c>Section__Key</c>) against the bench's Azurite and SMTP sink; it can be killed with SIGKILL and started again.
/// </summary>
internal sealed class DrillChildApp : IAsyncDisposable
{
    private readonly string _handler = Path.Combine(RepoRoot.Path, "functions", "SocialCare.Functions", "bin", "Release", "net10.0", "handler.dll");
    private readonly Dictionary<string, string> _environment;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private Process? _process;

    public DrillChildApp(Azurite azurite, SmtpSink smtp, string prefix, IDictionary<string, string?> settings)
    {
        if (!File.Exists(_handler)) throw new InvalidOperationException($"{_handler} is missing: build the app in Release (./run bench builds it).");
        Port = FreePort.Next();
        Prefix = prefix;
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix,
            ["Api:FunctionKey"] = BenchApp.FunctionKey,
            ["Listening:Secret"] = BenchApp.ListeningSecret,
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:From"] = "socialcare@bench.local",
            ["Notifications:DefaultEmail"] = "team@bench.local",
            ["Telemetry:Console"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings) values[key] = value;
        _environment = values.Where(v => v.Value is not null).ToDictionary(v => v.Key.Replace(":", "__", StringComparison.Ordinal), v => v.Value!);
    }

    public int Port { get; }
    public string Prefix { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public int Starts { get; private set; }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_handler);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(Port.ToString(CultureInfo.InvariantCulture));
        foreach (var (k, v) in _environment) start.Environment[k] = v;
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Starts++;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) throw new InvalidOperationException($"the handler exited with {_process.ExitCode} while starting");
            try
            {
                using var response = await _http.GetAsync(new Uri(BaseAddress, "/api/health"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("the handler did not answer /api/health within 60 s");
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, in-flight work and locks are simply gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _http.Dispose();
    }
}
