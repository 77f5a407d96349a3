using Azure.Data.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// The presence table: partition = the conversation's digest, row = the agent's digest, replaced on every heartbeat,
/// so a conversation's viewers are one partition read however long the page stays open.
/// </summary>
public sealed class TablePresence(TableClients tables) : IPresenceStore
{
    public async Task SeenAsync(string conversationId, Presence presence, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Presence, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Safe(conversationId), TableKeys.Safe(presence.AgentId))
        {
            ["AgentId"] = presence.AgentId,
            ["AgentName"] = presence.AgentName,
            ["At"] = presence.At,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<Presence>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Presence, cancellationToken);
        var list = new List<Presence>();
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq '{TableKeys.Safe(conversationId)}'", cancellationToken: cancellationToken))
        {
            list.Add(new Presence(row.GetString("AgentId"), row.GetString("AgentName"), row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
        }
        return list;
    }
}
