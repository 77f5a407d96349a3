using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Classification.Crisis;
using SocialCare.Core.Ports;
using Episode = SocialCare.Core.Crisis.CrisisEpisode;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Crisis episodes in the crisis table: partition "open" holds at most one row per scope (inserted to open, replaced
/// with its ETag to grow, deleted with its ETag to close: one episode per crisis however many instances run);
/// partition "episode" holds every episode by id for the notifications.
/// </summary>
public sealed class TableCrisisEpisodes(TableClients tables) : ICrisisEpisodeStore
{
    private const string OpenPartition = "open";
    private const string EpisodePartition = "episode";

    public async Task<Episode?> GetAsync(string episodeId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(EpisodePartition, TableKeys.Safe(episodeId), cancellationToken: cancellationToken);
        return found.HasValue ? JsonEntity.Read(found.Value!, CrisisJson.Default.Episode) : null;
    }

    public async Task<Versioned<CrisisState>?> GetOpenAsync(string scope, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(OpenPartition, TableKeys.Safe(scope), cancellationToken: cancellationToken);
        return found.HasValue ? new Versioned<CrisisState>(JsonEntity.Read(found.Value!, CrisisJson.Default.CrisisState), found.Value!.ETag.ToString()) : null;
    }

    public async Task<bool> TrySaveOpenAsync(CrisisState state, string? expectedVersion, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        var entity = JsonEntity.Create(OpenPartition, TableKeys.Safe(state.Episode.Scope), state, CrisisJson.Default.CrisisState, [new("Scope", state.Episode.Scope), new("EpisodeId", state.Episode.Id)]);
        try
        {
            if (expectedVersion is null) await table.AddEntityAsync(entity, cancellationToken);
            else await table.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    public async Task<bool> TryCloseAsync(string scope, string expectedVersion, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        try
        {
            // A missing row (another instance closed it) comes back as a 404 response, not an exception.
            var response = await table.DeleteEntityAsync(OpenPartition, TableKeys.Safe(scope), new ETag(expectedVersion), cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<string>> ListOpenScopesAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        var scopes = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq '{OpenPartition}'", select: ["Scope"], cancellationToken: cancellationToken))
        {
            scopes.Add(row.GetString("Scope"));
        }
        return scopes;
    }

    public async Task SaveEpisodeAsync(Episode episode, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        var entity = JsonEntity.Create(EpisodePartition, TableKeys.Safe(episode.Id), episode, CrisisJson.Default.Episode,
            [new("EpisodeId", episode.Id), new("Scope", episode.Scope), new("Closed", episode.ClosedAt is not null)]);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
