using System.Diagnostics;
using System.Net.Sockets;

namespace SocialCare.LocalParts;

/// <summary>
/// One Azurite for the whole test run, on ports of its own and in memory, so tests never touch a running ./run.
/// Tests keep apart from each other with Storage:NamePrefix. A test of what a stop keeps starts one of its own that
/// saves to a folder, as ./run's does (<see cref="StartSavingToAsync"/>).
/// </summary>
public sealed class Azurite
{
    private static readonly Lazy<Task<Azurite>> Instance = new(() => StartAsync(location: null));

    private readonly IReadOnlyList<Process> _processes;

    private Azurite(IReadOnlyList<Process> processes, int queuePort, int tablePort)
    {
        _processes = processes;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int QueuePort { get; }
    public int TablePort { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>CPU time the emulator has used so far (queues, tables): what the benchmarks charge to storage.</summary>
    public (TimeSpan Queues, TimeSpan Tables) CpuTime()
    {
        foreach (var process in _processes) process.Refresh();
        return (_processes[0].TotalProcessorTime, _processes[1].TotalProcessorTime);
    }

    public static Task<Azurite> SharedAsync() => Instance.Value;

    /// <summary>An Azurite of its own on new ports that saves to <paramref name="location"/>, as ./run runs it; stop it with <see cref="StopAsync"/>.</summary>
    public static Task<Azurite> StartSavingToAsync(string location) => StartAsync(location);

    /// <summary>
    /// Sends <paramref name="signal"/> ("TERM", "INT", "KILL") to both services, as <c>kill</c> or a service manager
    /// would, and waits until they have exited.
    /// </summary>
    public async Task StopAsync(string signal)
    {
        foreach (var process in _processes) Signal.Send(process.Id, signal);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var process in _processes) await process.WaitForExitAsync(patience.Token);
    }

    private static async Task<Azurite> StartAsync(string? location)
    {
        // ./test --fast runs only tests that need no emulator; one that starts it anyway is mislabelled.
        if (Environment.GetEnvironmentVariable("SOCIALCARE_FAST_TESTS") == "1")
            throw new InvalidOperationException("This test needs Azurite: mark its class [Trait(Needs.Trait, Needs.Azurite)] so ./test --fast leaves it out.");
        // Queues and tables in two Node processes: each Azurite service is single-threaded, and under load one
        // process serving both is the bottleneck of the whole pipeline on a 2-core machine.
        var (queue, table) = (FreePort.Next(), FreePort.Next());
        var queues = Start("queue", queue, location);
        var tables = Start("table", table, location);
        var azurite = new Azurite([queues, tables], queue, table);
        await WaitForPortAsync(queue, queues);
        await WaitForPortAsync(table, tables);
        return azurite;
    }

    private static Process Start(string service, int port, string? location)
    {
        var script = Path.Combine(RepoRoot.Path, "node_modules", "azurite", "dist", "src", service, "main.js");
        if (!File.Exists(script)) throw new InvalidOperationException("Azurite is not installed: run ./test (it runs npm ci) or npm ci.");
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                $"--{service}Host", "127.0.0.1", $"--{service}Port", $"{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (location is null) start.ArgumentList.Add("--inMemoryPersistence");
        else start.ArgumentList.Add($"--location={location}");
        // AZURITE_DEBUG_LOG=path writes every storage call Azurite serves (path.queue, path.table): what a drill
        // costs the emulator, call by call.
        if (Environment.GetEnvironmentVariable("AZURITE_DEBUG_LOG") is { Length: > 0 } debugLog)
        {
            start.ArgumentList.Add("--debug");
            start.ArgumentList.Add($"{debugLog}.{service}");
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } };
        return process;
    }

    private static async Task WaitForPortAsync(int port, Process process)
    {
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"Azurite exited with {process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Azurite did not listen on {port}.");
    }
}
