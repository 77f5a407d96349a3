using Azure.Data.Tables;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// The outbox as two rows per entry: one in the channel's partition and one in "all", both keyed newest first,
/// so either listing is a single ordered partition scan.
/// </summary>
public sealed class TableOutbox(TableClients tables) : IOutbox
{
    private const string AllPartition = "all";

    public async Task RecordAsync(OutboxEntry e, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        var row = $"{DateTimeOffset.MaxValue.UtcTicks - e.At.UtcTicks:D19}-{TableKeys.Safe(e.Id)}";
        await Task.WhenAll(
            table.UpsertEntityAsync(Entity(TableKeys.Safe(e.ChannelId), row, e), TableUpdateMode.Replace, cancellationToken),
            table.UpsertEntityAsync(Entity(AllPartition, row, e), TableUpdateMode.Replace, cancellationToken));
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string? channelId, int limit, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        var partition = channelId is null ? AllPartition : TableKeys.Safe(channelId);
        var entries = new List<OutboxEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq '{partition}'", maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken))
        {
            entries.Add(JsonEntity.Read(entity, CoreJson.Default.OutboxEntry));
            if (entries.Count >= limit) break;
        }
        return entries;
    }

    private static TableEntity Entity(string partition, string row, OutboxEntry e) =>
        JsonEntity.Create(partition, row, e, CoreJson.Default.OutboxEntry, [new("ChannelId", e.ChannelId), new("Status", e.Status)]);
}
