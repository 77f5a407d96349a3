using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Routing;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Teams and agents, one row each as JSON; the routing rules as one row (they are replaced together, in order);
/// the customer → last owner index in the routing table's "owner" partition.
/// </summary>
public sealed class TableTeamDirectory(TableClients tables) : IRoutingDirectory
{
    private const string TeamPartition = "team";
    private const string AgentPartition = "agent";
    private const string RulesPartition = "rules";
    private const string RulesRow = "current";
    private const string OwnerPartition = "owner";

    public async Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) =>
        await GetAsync(TableNames.Teams, TeamPartition, teamId, RoutingJson.Default.Team, cancellationToken);

    public async Task<Agent?> GetAgentAsync(string agentId, CancellationToken cancellationToken) =>
        await GetAsync(TableNames.Agents, AgentPartition, agentId, RoutingJson.Default.Agent, cancellationToken);

    public async Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) =>
        [.. (await ListAsync(TableNames.Teams, TeamPartition, RoutingJson.Default.Team, cancellationToken)).OrderBy(t => t.Id, StringComparer.Ordinal)];

    public async Task<IReadOnlyList<Agent>> ListAgentsAsync(string? teamId, CancellationToken cancellationToken) =>
        [.. (await ListAsync(TableNames.Agents, AgentPartition, RoutingJson.Default.Agent, cancellationToken))
            .Where(a => teamId is null || a.Teams.Contains(teamId))
            .OrderBy(a => a.Id, StringComparer.Ordinal)];

    public async Task PutTeamAsync(Team team, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Teams, cancellationToken);
        await table.UpsertEntityAsync(JsonEntity.Create(TeamPartition, TableKeys.Safe(team.Id), team, RoutingJson.Default.Team), TableUpdateMode.Replace, cancellationToken);
    }

    public Task<bool> DeleteTeamAsync(string teamId, CancellationToken cancellationToken) =>
        DeleteAsync(TableNames.Teams, TeamPartition, TableKeys.Safe(teamId), cancellationToken);

    public async Task PutAgentAsync(Agent agent, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Agents, cancellationToken);
        await table.UpsertEntityAsync(JsonEntity.Create(AgentPartition, TableKeys.Safe(agent.Id), agent, RoutingJson.Default.Agent), TableUpdateMode.Replace, cancellationToken);
    }

    public Task<bool> DeleteAgentAsync(string agentId, CancellationToken cancellationToken) =>
        DeleteAsync(TableNames.Agents, AgentPartition, TableKeys.Safe(agentId), cancellationToken);

    public async Task<IReadOnlyList<RoutingRule>?> GetRulesAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Routing, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(RulesPartition, RulesRow, cancellationToken: cancellationToken);
        return found.HasValue ? JsonEntity.Read(found.Value!, RoutingJson.Default.ListRoutingRule) : null;
    }

    public async Task PutRulesAsync(IReadOnlyList<RoutingRule> rules, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Routing, cancellationToken);
        await table.UpsertEntityAsync(JsonEntity.Create(RulesPartition, RulesRow, rules.ToList(), RoutingJson.Default.ListRoutingRule), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<CustomerOwner?> GetOwnerAsync(string channelId, string customerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Routing, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(OwnerPartition, OwnerRow(channelId, customerId), cancellationToken: cancellationToken);
        return found.HasValue ? JsonEntity.Read(found.Value!, RoutingJson.Default.CustomerOwner) : null;
    }

    public async Task SetOwnerAsync(CustomerOwner owner, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Routing, cancellationToken);
        var entity = JsonEntity.Create(OwnerPartition, OwnerRow(owner.ChannelId, owner.CustomerId), owner, RoutingJson.Default.CustomerOwner);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static string OwnerRow(string channelId, string customerId) => TableKeys.Safe($"{channelId}|{customerId}");

    private async Task<T?> GetAsync<T>(string tableName, string partition, string id, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var table = await tables.GetAsync(tableName, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.Safe(id), cancellationToken: cancellationToken);
        return found.HasValue ? JsonEntity.Read(found.Value!, type) : null;
    }

    private async Task<List<T>> ListAsync<T>(string tableName, string partition, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName, cancellationToken);
        var all = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>($"PartitionKey eq '{partition}'", cancellationToken: cancellationToken))
        {
            all.Add(JsonEntity.Read(entity, type));
        }
        return all;
    }

    private async Task<bool> DeleteAsync(string tableName, string partition, string row, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }
}
