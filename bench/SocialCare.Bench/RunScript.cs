using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace SocialCare.Bench;

/// <summary>
/// The real <c>./run</c> script as a child process, on free ports and a data folder of its own (RUN_* variables),
/// with the app's settings passed through the environment. It can be stopped with SIGTERM and started again on the
/// same ports and data; the app it supervises can be killed by the pid it writes.
/// </summary>
internal sealed class RunScript : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private Process? _process;

    public RunScript(IDictionary<string, string?> settings)
    {
        Data = Path.Combine(Path.GetTempPath(), "socialcare-run-" + Guid.NewGuid().ToString("N")[..8]);
        (Port, QueuePort, TablePort, SmtpPort, MailWebPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next());
        _environment = settings.Where(s => s.Value is not null).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["RUN_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["RUN_QUEUE_PORT"] = QueuePort.ToString(CultureInfo.InvariantCulture),
            ["RUN_TABLE_PORT"] = TablePort.ToString(CultureInfo.InvariantCulture),
            ["RUN_SMTP_PORT"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["RUN_MAIL_WEB_PORT"] = MailWebPort.ToString(CultureInfo.InvariantCulture),
            ["RUN_DATA"] = Data,
            // ./run bench (or ./test) has just built the app in Release.
            ["RUN_SKIP_BUILD"] = "1",
        })
        {
            _environment[name] = value;
        }
    }

    public string Data { get; }
    public int Port { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public int SmtpPort { get; }
    public int MailWebPort { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public Uri MailDev => new($"http://127.0.0.1:{MailWebPort}");

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>Every line ./run (and the app under it) printed so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>The app ./run is running now (it writes the pid to RUN_DATA/app.pid), or null.</summary>
    public int? AppPid => int.TryParse(ReadOrEmpty("app.pid"), CultureInfo.InvariantCulture, out var pid) ? pid : null;

    /// <summary>The emulators ./run started, by the pid files it keeps while they run.</summary>
    public IReadOnlyDictionary<string, int> EmulatorPids =>
        new[] { "azurite-queue", "azurite-table", "maildev" }
            .Select(n => (Name: n, Text: ReadOrEmpty(n + ".pid")))
            .Where(p => p.Text.Length > 0)
            .ToDictionary(p => p.Name, p => int.Parse(p.Text, CultureInfo.InvariantCulture));

    /// <summary>
    /// Starts ./run and waits until its app answers /api/health: an app other than the one app.pid named before (a
    /// killed ./run leaves its app serving until the new one stops it).
    /// </summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        var before = AppPid;
        _process?.Dispose();
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot.Path };
        start.ArgumentList.Add(Path.Combine(RepoRoot.Path, "run"));
        start.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        foreach (var (k, v) in _environment) start.Environment[k] = v;
        _process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"./run exited with {_process.ExitCode} while starting:\n{string.Join('\n', Output.TakeLast(30))}");
            if (AppPid is { } app && app != before && await HealthyAsync()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"./run's app did not answer /api/health within {timeout.TotalSeconds:F0} s:\n{string.Join('\n', Output.TakeLast(30))}");
    }

    public async Task<bool> HealthyAsync()
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(BaseAddress, "/api/health"));
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL to the app ./run supervises, as the kernel's OOM killer or a crash would end it.</summary>
    public int KillApp()
    {
        var pid = AppPid ?? throw new InvalidOperationException("./run has no app running (no app.pid).");
        using var app = Process.GetProcessById(pid);
        app.Kill();
        return pid;
    }

    /// <summary>SIGTERM to ./run itself (as a service manager or <c>kill</c> would stop it); waits until it exited.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        if (_process is null || _process.HasExited) return _process?.ExitCode ?? 0;
        Signal.Send(_process.Id, "TERM");
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    /// <summary>
    /// SIGKILL to ./run alone, as a torn-down session or the OOM killer would end it: its traps never run, and the app
    /// and emulators it started go on running. Returns its pid once it is gone (the app it left holds its output open,
    /// so this waits for the process, not for the end of its output).
    /// </summary>
    public async Task<int> KillScriptAsync()
    {
        var process = _process ?? throw new InvalidOperationException("./run is not running.");
        process.Kill(entireProcessTree: false);
        while (!process.HasExited) await Task.Delay(20);
        return process.Id;
    }

    public static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        // ./run's own lines are bold; the app's log lines (warnings and up) stay in Output for a failure report.
        if (line.StartsWith('\u001b')) Console.WriteLine($"  ./run: {line.Replace("\u001b[1m", "", StringComparison.Ordinal).Replace("\u001b[0m", "", StringComparison.Ordinal)}");
    }

    private string ReadOrEmpty(string file)
    {
        var path = Path.Combine(Data, file);
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : "";
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await TerminateAsync(TimeSpan.FromSeconds(90));
        }
        catch (OperationCanceledException)
        {
            _process?.Kill(entireProcessTree: true);
        }
        _process?.Dispose();
        _http.Dispose();
        if (Directory.Exists(Data)) Directory.Delete(Data, recursive: true);
    }
}
