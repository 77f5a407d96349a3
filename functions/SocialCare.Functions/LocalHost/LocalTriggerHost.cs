using Microsoft.Extensions.Options;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.LocalHost;

/// <summary>The local stand-in for the Functions host's trigger side: one pump per queue trigger, one clock per timer.</summary>
public sealed partial class LocalTriggerHost(
    FunctionCatalog catalog,
    IServiceProvider services,
    IOptions<LocalHostOptions> options,
    ILogger<LocalTriggerHost> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunTriggers) return Task.CompletedTask;
        var runs = new List<Task>();
        foreach (var function in catalog.Functions)
        {
            switch (function.Trigger?.Type)
            {
                case BindingTypes.ServiceBusTrigger:
                    runs.Add(ActivatorUtilities.CreateInstance<QueueTriggerPump>(services, function).RunAsync(stoppingToken));
                    LogStarted(function.Name, "queue " + function.Trigger.QueueName);
                    break;
                case BindingTypes.TimerTrigger:
                    runs.Add(ActivatorUtilities.CreateInstance<TimerTriggerClock>(services, function).RunAsync(stoppingToken));
                    LogStarted(function.Name, "schedule " + function.Trigger.Schedule);
                    break;
            }
        }
        return Task.WhenAll(runs).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    [LoggerMessage(LogLevel.Information, "Local host drives {Function} from its {Source}")]
    private partial void LogStarted(string function, string source);
}
