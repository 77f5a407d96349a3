using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>One row per channel in the schedules table, the schedule as JSON.</summary>
public sealed class TableScheduleStore(TableClients tables) : IScheduleStore
{
    private const string Partition = "schedule";

    public async Task<ChannelSchedule?> GetAsync(string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Schedules, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Safe(channelId), cancellationToken: cancellationToken);
        return found.HasValue ? JsonEntity.Read(found.Value!, HoursJson.Default.ChannelSchedule) : null;
    }

    public async Task PutAsync(string channelId, ChannelSchedule schedule, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Schedules, cancellationToken);
        var entity = JsonEntity.Create(Partition, TableKeys.Safe(channelId), schedule, HoursJson.Default.ChannelSchedule, [new("ChannelId", channelId)]);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Schedules, cancellationToken);
        // The SDK answers a missing entity with its 404 response instead of throwing.
        var response = await table.DeleteEntityAsync(Partition, TableKeys.Safe(channelId), ETag.All, cancellationToken);
        return response.Status != 404;
    }

    public async Task<IReadOnlyList<(string ChannelId, ChannelSchedule Schedule)>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Schedules, cancellationToken);
        var all = new List<(string, ChannelSchedule)>();
        await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq '{Partition}'", cancellationToken: cancellationToken))
        {
            all.Add((entity.GetString("ChannelId"), JsonEntity.Read(entity, HoursJson.Default.ChannelSchedule)));
        }
        return all;
    }
}
