using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// At start, in the background, puts conversations stored before the inbox index existed into its lists, and those
/// stored before the reports' rows existed into them (each once: a marker row makes every later start a single read).
/// A failure is logged and tried again at the next start. It waits <see cref="StartDelay"/> first: a cold start's first
/// answers need the two cores more than a migration that has nothing to do on every start but the first (run at once,
/// it held the first answer of a start about 85 ms later, `./run bench startup`).
/// </summary>
public sealed partial class InboxIndexBackfill(TableClients tables, TimeProvider time, ILogger<InboxIndexBackfill> logger) : BackgroundService
{
    public static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(StartDelay, time, stoppingToken);
            using var store = new TableConversationStore(tables);
            var indexed = await store.BackfillInboxIndexAsync(stoppingToken);
            if (indexed > 0) LogBackfilled(indexed);
            var reported = await store.BackfillReportFactsAsync(stoppingToken);
            if (reported > 0) LogBackfilledFacts(reported);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before it finished: the marker is not written, so the next start indexes again.
        }
        catch (Exception e) when (e is Azure.RequestFailedException or AggregateException or InvalidDataException or System.Text.Json.JsonException or HttpRequestException)
        {
            LogFailed(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "Inbox index: indexed {Count} conversations stored before the index existed")]
    private partial void LogBackfilled(int count);

    [LoggerMessage(LogLevel.Information, "Reports: wrote the report rows of {Count} conversations stored before they existed")]
    private partial void LogBackfilledFacts(int count);

    [LoggerMessage(LogLevel.Warning, "Inbox index or report rows backfill failed; the next start tries again")]
    private partial void LogFailed(Exception exception);
}
