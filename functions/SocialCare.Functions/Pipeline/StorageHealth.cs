using System.Text.Json.Serialization;
using SocialCare.Adapters.Queues;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Pipeline;

/// <summary>Asks table and queue storage for a trivial answer, each within a few seconds.</summary>
public sealed class StorageHealth(TableClients tables, StorageQueues queues, IQueueSender sender)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var tableState = await ProbeAsync(async ct =>
        {
            await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1)) break;
        }, cancellationToken);
        var queueState = sender is StorageQueueSender
            ? await ProbeAsync(async ct => await queues.Service.GetPropertiesAsync(ct), cancellationToken)
            : "service-bus";
        return new HealthReport(tableState == "ok" && queueState is "ok" or "service-bus", tableState, queueState);
    }

    private static async Task<string> ProbeAsync(Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(Timeout);
        try
        {
            await probe(cts.Token);
            return "ok";
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return "unreachable";
        }
    }
}

public sealed record HealthReport(
    [property: JsonPropertyName("healthy")] bool Healthy,
    [property: JsonPropertyName("tables")] string Tables,
    [property: JsonPropertyName("queues")] string Queues)
{
    [JsonPropertyName("status")]
    public string Status => Healthy ? "healthy" : "unhealthy";
}
