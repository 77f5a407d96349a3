using Microsoft.Extensions.Options;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>
/// The local stand-in for the Functions host's trigger side: one pump per queue trigger, one clock per timer.
/// On shutdown nothing new is received or fired; invocations under way get Queues:DrainSeconds to finish, then are
/// cancelled (their messages come back), so an idle app stops at once and a busy one within the bound. A pump or clock
/// that fails is logged as an error and started again with back-off (1, 2, 4 … 30 s), never left dead in silence.
/// </summary>
public sealed partial class LocalTriggerHost(
    FunctionCatalog catalog,
    IServiceProvider services,
    IOptions<LocalHostOptions> options,
    TimeProvider time,
    ILogger<LocalTriggerHost> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _abort.CancelAfter(TimeSpan.FromSeconds(options.Value.DrainSeconds));
        // The host's own shutdown timeout, should it be shorter, cuts the drain short too.
        await using var registration = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunTriggers) return Task.CompletedTask;
        var runs = new List<Task>();
        foreach (var function in catalog.Functions)
        {
            switch (function.Trigger?.Type)
            {
                case BindingTypes.ServiceBusTrigger:
                    runs.Add(SuperviseAsync(function.Name, () => ActivatorUtilities.CreateInstance<QueueTriggerPump>(services, function).RunAsync(stoppingToken, _abort.Token), stoppingToken));
                    LogStarted(function.Name, "queue " + function.Trigger.QueueName);
                    break;
                case BindingTypes.TimerTrigger:
                    runs.Add(SuperviseAsync(function.Name, () => ActivatorUtilities.CreateInstance<TimerTriggerClock>(services, function).RunAsync(stoppingToken, _abort.Token), stoppingToken));
                    LogStarted(function.Name, "schedule " + function.Trigger.Schedule);
                    break;
            }
        }
        return Task.WhenAll(runs);
    }

    /// <summary>Runs a pump or clock until shutdown; if it fails (or ends) before that, says so and starts it again.</summary>
    internal async Task SuperviseAsync(string function, Func<Task> run, CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await run();
                if (stopping.IsCancellationRequested) return;
                LogEnded(function, delay);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(e, function, delay);
            }
            try
            {
                await Task.Delay(delay, time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
        }
    }

    [LoggerMessage(LogLevel.Error, "Local host: the trigger of {Function} failed and stopped; starting it again in {Delay}")]
    private partial void LogFailed(Exception exception, string function, TimeSpan delay);

    [LoggerMessage(LogLevel.Error, "Local host: the trigger of {Function} ended before shutdown; starting it again in {Delay}")]
    private partial void LogEnded(string function, TimeSpan delay);

    [LoggerMessage(LogLevel.Information, "Local host drives {Function} from its {Source}")]
    private partial void LogStarted(string function, string source);
}
