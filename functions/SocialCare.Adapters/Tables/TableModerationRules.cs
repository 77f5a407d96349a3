using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>One row per channel in the moderation table's "rules" partition, the rules as plain columns.</summary>
public sealed class TableModerationRules(TableClients tables) : IModerationRulesStore
{
    private const string Partition = "rules";

    public async Task<ModerationRules?> GetAsync(string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Moderation, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Safe(channelId), cancellationToken: cancellationToken);
        if (!found.HasValue) return null;
        var row = found.Value!;
        return new ModerationRules(row.GetString("Mode"), row.GetInt32("BlockAfterAbusive") ?? 3, TimeSpan.FromDays(row.GetInt32("WindowDays") ?? 30));
    }

    public async Task PutAsync(string channelId, ModerationRules rules, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Moderation, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition, TableKeys.Safe(channelId))
        {
            ["ChannelId"] = channelId,
            ["Mode"] = rules.Mode,
            ["BlockAfterAbusive"] = rules.BlockAfterAbusive,
            ["WindowDays"] = (int)rules.Window.TotalDays,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Moderation, cancellationToken);
        // The SDK answers a missing entity with its 404 response rather than an exception.
        var response = await table.DeleteEntityAsync(Partition, TableKeys.Safe(channelId), ETag.All, cancellationToken);
        return response.Status != 404;
    }
}
