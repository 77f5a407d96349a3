using Microsoft.Extensions.Options;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>
/// The local stand-in for the Functions host's trigger side: one pump per queue trigger, one clock per timer.
/// On shutdown nothing new is received or fired; invocations under way get Queues:DrainSeconds to finish, then are
/// cancelled (their messages come back), so an idle app stops at once and a busy one within the bound.
/// </summary>
public sealed partial class LocalTriggerHost(
    FunctionCatalog catalog,
    IServiceProvider services,
    IOptions<LocalHostOptions> options,
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
                    runs.Add(ActivatorUtilities.CreateInstance<QueueTriggerPump>(services, function).RunAsync(stoppingToken, _abort.Token));
                    LogStarted(function.Name, "queue " + function.Trigger.QueueName);
                    break;
                case BindingTypes.TimerTrigger:
                    runs.Add(ActivatorUtilities.CreateInstance<TimerTriggerClock>(services, function).RunAsync(stoppingToken, _abort.Token));
                    LogStarted(function.Name, "schedule " + function.Trigger.Schedule);
                    break;
            }
        }
        return Task.WhenAll(runs).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    [LoggerMessage(LogLevel.Information, "Local host drives {Function} from its {Source}")]
    private partial void LogStarted(string function, string source);
}
