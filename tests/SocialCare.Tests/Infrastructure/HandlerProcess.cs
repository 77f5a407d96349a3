using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SocialCare.Tests.Infrastructure;

/// <summary>The built handler as its own process in local host mode, as ./run starts it, with its console kept.</summary>
public sealed class HandlerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HandlerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static HandlerProcess Start(int port, IReadOnlyDictionary<string, string> settings)
    {
        Needs.Refuse(Needs.Process);
        var start = Handler("--port", port.ToString(CultureInfo.InvariantCulture));
        start.Environment.Remove(SocialCare.Functions.SocialCareApp.HandlerPortSetting);
        foreach (var (key, value) in settings) start.Environment[key] = value;
        return new HandlerProcess(Process.Start(start)!, port);
    }

    /// <summary>
    /// The built handler as the Functions host starts it (../shared/FUNCTIONS-HOST.md): no arguments, the port in
    /// FUNCTIONS_CUSTOMHANDLER_PORT, the app settings as environment variables.
    /// </summary>
    public static HandlerProcess StartAsFunctionsHost(int port, IReadOnlyDictionary<string, string> settings)
    {
        Needs.Refuse(Needs.Process);
        var start = Handler();
        foreach (var (key, value) in settings) start.Environment[key] = value;
        start.Environment[SocialCare.Functions.SocialCareApp.HandlerPortSetting] = port.ToString(CultureInfo.InvariantCulture);
        return new HandlerProcess(Process.Start(start)!, port);
    }

    /// <remarks>
    /// Through <c>env --default-signal=INT</c>: a process inherits an ignored SIGINT, and a test runner started as a
    /// script's background job or under nohup ignores it, so the handler would never see the Ctrl-C the shutdown tests
    /// send. env puts the default back, then becomes the handler (same pid).
    /// </remarks>
    private static ProcessStartInfo Handler(params string[] arguments) =>
        new("env", ["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "handler.dll"), .. arguments])
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

    /// <summary>Serving HTTP and past start-up (the trigger pumps run from "Application started" on).</summary>
    public async Task WaitUntilStartedAsync()
    {
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{Port}/")).IsSuccessStatusCode && Output.Contains("Application started", StringComparison.Ordinal)) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The handler did not start:" + Environment.NewLine + Output);
    }

    /// <summary>What Ctrl-C sends. Refused, loudly, if the handler ignores SIGINT after all (see <see cref="Handler"/>).</summary>
    public void Interrupt()
    {
        var ignored = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        if ((Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16) & 0b10) != 0)
        {
            throw new InvalidOperationException("The handler ignores SIGINT even though it was started with the default put back: " + ignored);
        }
        SocialCare.LocalParts.Signal.Send(Id, "INT");
    }

    /// <summary>The exit code and how long the process took to exit, or null when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var bound = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(bound.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
