using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// Every 30 s, and at start, reads which model version is active and loads it if this instance uses another, so a
/// model promoted (or rolled back) on one instance is used by all within a minute.
/// </summary>
public sealed partial class IntentModelRefresher(TableIntentModelStore store, ActiveIntentModel active, TimeProvider time, ILogger<IntentModelRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Azure.RequestFailedException or AggregateException or InvalidDataException or InvalidOperationException or System.Text.Json.JsonException or HttpRequestException)
            {
                LogFailed(e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var pointer = await store.GetActiveAsync(cancellationToken);
        if (pointer is null || pointer.Version == IntentRetrainer.Shipped)
        {
            if (!active.IsShipped) active.UseShipped();
            return;
        }
        if (!active.IsShipped && active.Current?.Info.Version == pointer.Version) return;
        if (await store.LoadAsync(pointer.Version, cancellationToken) is { } model)
        {
            active.Use(model);
            LogLoaded(pointer.Version);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Intent model {Version} is active: loaded")]
    private partial void LogLoaded(string version);

    [LoggerMessage(LogLevel.Warning, "Could not read the active intent model; keeping the one in use")]
    private partial void LogFailed(Exception exception);
}
