using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.LocalHost;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.LocalHost;

/// <summary>A pump or timer clock that fails says so as an error and is started again with back-off; shutdown ends it.</summary>
public sealed class TriggerSupervisionTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly CapturedLogs _logs = new();
    private readonly LoggerFactory _loggers;
    private readonly LocalTriggerHost _sut;
    private readonly CancellationTokenSource _stopping = new();

    public TriggerSupervisionTests()
    {
        _loggers = new LoggerFactory([_logs]);
        _sut = new LocalTriggerHost(FunctionCatalog.ForApp(), new ServiceCollection().BuildServiceProvider(),
            Options.Create(new LocalHostOptions()), _time, _loggers.CreateLogger<LocalTriggerHost>());
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _sut.Dispose();
        _loggers.Dispose();
    }

    [Fact]
    public async Task A_pump_that_fails_is_logged_as_an_error_and_runs_again_after_its_back_off()
    {
        var runs = 0;
        var secondRun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var supervised = _sut.SuperviseAsync("Notify", async () =>
        {
            if (Interlocked.Increment(ref runs) == 1) throw new InvalidOperationException("dead-letter queue unreachable");
            secondRun.TrySetResult();
            await Task.Delay(Timeout.Infinite, _stopping.Token);
        }, _stopping.Token);

        await WaitUntilAsync(() => _logs.Lines.Any(l => l.StartsWith("Error", StringComparison.Ordinal)));
        Assert.Equal(1, Volatile.Read(ref runs));
        _time.Advance(TimeSpan.FromSeconds(1));
        await secondRun.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await _stopping.CancelAsync();
        await supervised.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, runs);
        var error = Assert.Single(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("Notify failed and stopped; starting it again in 00:00:01", error, StringComparison.Ordinal);
        Assert.Contains("dead-letter queue unreachable", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shutdown_during_the_back_off_ends_supervision_without_another_run()
    {
        var runs = 0;
        var supervised = _sut.SuperviseAsync("Route", () =>
        {
            Interlocked.Increment(ref runs);
            return Task.FromException(new InvalidOperationException("boom"));
        }, _stopping.Token);
        await WaitUntilAsync(() => _logs.Lines.Count > 0);

        await _stopping.CancelAsync();
        await supervised.WaitAsync(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, runs);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
