using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using SocialCare.Adapters.Tables;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// Intent model versions in the storage account's <c>models</c> table: each version is one partition
/// (<c>intent|{version}</c>): the model's bytes in 60 KB rows, written in transactions of
/// <see cref="ChunksPerTransaction"/> (a transaction carries at most 4 MiB, and binary goes as base64, a third more),
/// then its info row, written last: a version is listed and loaded only once all its bytes are there. The row
/// <c>active|intent</c> names the version instances classify with, and the versions active before it (for rollback).
/// </summary>
public sealed class TableIntentModelStore(TableClients tables)
{
    private const int ChunkBytes = 60 * 1024;

    /// <summary>40 rows of 60 KB: 3.3 MB as base64, under a transaction's 4 MiB.</summary>
    public const int ChunksPerTransaction = 40;
    private const string ActivePartition = "active";
    private const string ActiveRow = "intent";
    private const string InfoRow = "info";

    public async Task SaveAsync(IntentModel model, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Models, cancellationToken);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        var bytes = buffer.ToArray();
        var partition = Partition(model.Info.Version);
        var chunks = new List<TableTransactionAction>();
        for (var (offset, i) = (0, 0); offset < bytes.Length; offset += ChunkBytes, i++)
        {
            // Upserts: a save cut short and run again under the same version writes over what it left.
            chunks.Add(new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"chunk-{i:D4}") { ["Data"] = bytes[offset..Math.Min(bytes.Length, offset + ChunkBytes)] }));
        }
        foreach (var batch in chunks.Chunk(ChunksPerTransaction)) await table.SubmitTransactionAsync(batch, cancellationToken);
        await table.AddEntityAsync(new TableEntity(partition, InfoRow)
        {
            ["Info"] = JsonSerializer.Serialize(model.Info, IntentJson.Default.IntentModelInfo),
            ["Bytes"] = bytes.Length,
        }, cancellationToken);
    }

    public async Task<IntentModel?> LoadAsync(string version, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Models, cancellationToken);
        IntentModelInfo? info = null;
        int? length = null;
        using var buffer = new MemoryStream();
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq '{TableKeys.Quote(Partition(version))}'", cancellationToken: cancellationToken))
        {
            if (row.RowKey == InfoRow) (info, length) = (JsonSerializer.Deserialize(row.GetString("Info"), IntentJson.Default.IntentModelInfo), row.GetInt32("Bytes"));
            else buffer.Write(row.GetBinary("Data"));
        }
        if (info is null) return null;
        if (length is { } expected && buffer.Length != expected) throw new InvalidDataException($"Intent model {version} has {buffer.Length} of its {expected} bytes.");
        buffer.Position = 0;
        return IntentModel.Load(buffer, info);
    }

    /// <summary>Every stored version's info, newest first.</summary>
    public async Task<IReadOnlyList<IntentModelInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Models, cancellationToken);
        var list = new List<IntentModelInfo>();
        await foreach (var row in table.QueryAsync<TableEntity>($"RowKey eq '{InfoRow}'", select: ["Info"], cancellationToken: cancellationToken))
        {
            if (JsonSerializer.Deserialize(row.GetString("Info"), IntentJson.Default.IntentModelInfo) is { } info) list.Add(info);
        }
        return [.. list.OrderByDescending(i => i.TrainedAt)];
    }

    /// <summary>
    /// Deletes every stored version but the newest <paramref name="newest"/> and those in <paramref name="keep"/> (the
    /// active one and those a rollback can reach), and the rows a save cut short left without an info row. Version
    /// names are <c>r{yyyyMMddHHmmss}</c>, so the newest sort last; a save in progress is the newest and stays.
    /// Returns how many versions went.
    /// </summary>
    public async Task<int> PruneAsync(IReadOnlyCollection<string> keep, int newest, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Models, cancellationToken);
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey ge 'intent|' and PartitionKey lt 'intent}}'", select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!rows.TryGetValue(row.PartitionKey, out var keys)) rows[row.PartitionKey] = keys = [];
            keys.Add(row.RowKey);
        }
        var kept = new HashSet<string>(keep.Select(Partition), StringComparer.Ordinal);
        kept.UnionWith(rows.Keys.Order(StringComparer.Ordinal).TakeLast(newest));
        var gone = 0;
        foreach (var (partition, keys) in rows.Where(p => !kept.Contains(p.Key)))
        {
            // The info row first: a version half deleted is then no longer listed or loaded.
            foreach (var batch in keys.OrderBy(k => k == InfoRow ? 0 : 1).Chunk(100))
            {
                await table.SubmitTransactionAsync(batch.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, k), ETag.All)), cancellationToken);
            }
            gone++;
        }
        return gone;
    }

    /// <summary>The active version and the ones active before it, most recent first; null: the shipped model.</summary>
    public async Task<ActiveModel?> GetActiveAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Models, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(ActivePartition, ActiveRow, cancellationToken: cancellationToken);
        return found.HasValue ? new ActiveModel(found.Value!.GetString("Version"), [.. (found.Value.GetString("Previous") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)], found.Value.ETag.ToString()) : null;
    }

    /// <summary>Makes <paramref name="active"/> the active model if the pointer is still as read (null: never set).</summary>
    public async Task<bool> TrySetActiveAsync(string version, IReadOnlyList<string> previous, string? expectedETag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Models, cancellationToken);
        var entity = new TableEntity(ActivePartition, ActiveRow) { ["Version"] = version, ["Previous"] = string.Join(',', previous.Take(20)) };
        try
        {
            if (expectedETag is null) await table.AddEntityAsync(entity, cancellationToken);
            else await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private static string Partition(string version) => $"intent|{version}";
}

/// <summary>The version instances classify with, and the versions active before it, most recent first.</summary>
public sealed record ActiveModel(string Version, IReadOnlyList<string> Previous, string ETag);
