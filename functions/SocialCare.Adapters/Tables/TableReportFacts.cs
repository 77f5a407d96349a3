using Azure.Data.Tables;
using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// The reports' rows: one per conversation (<see cref="ReportFact"/>, a few hundred bytes), partitioned by the UTC day it
/// started, with its team and channel as columns to filter on; per day and filter, the day's <see cref="DayRollup"/>
/// (gzip JSON) kept with the ETag of the day's marker row, which every conversation write of that day replaces in the same
/// transaction as the conversation's row (the marker lives in the day's partition for that). A report
/// over 90 days reads 90 kept rollups, and rebuilds only the days written since (today's, mostly).
/// </summary>
public sealed class TableReportFacts(TableClients tables) : IReportFacts
{
    private const int Parallel = 8;
    // The day's marker, in the day's partition: sorts after every conversation id (digits and hex) and is never one.
    private const string MarkerRow = "~dirty";
    private const string RollupPartition = "_rollup";
    // A rollup larger than this (a very busy day) is not kept: a table property holds 64 KiB.
    private const int MaxKeptBytes = 60 * 1024;

    /// <summary>
    /// The conversation's row and its day's marker, in one transaction (one partition): the marker is replaced on every
    /// write of a conversation of that day, so its ETag says whether a kept rollup still holds.
    /// </summary>
    public static IReadOnlyList<TableTransactionAction> Write(Conversation c) =>
    [
        new(TableTransactionActionType.UpsertReplace, Entity(c)),
        new(TableTransactionActionType.UpsertReplace, new TableEntity(ReportFact.Day(c.CreatedAt), MarkerRow)),
    ];

    public static TableEntity Entity(Conversation c) =>
        JsonEntity.Create(ReportFact.Day(c.CreatedAt), c.Id, ReportFact.Of(c), ReportFactJson.Default.ReportFact,
            [new("Team", c.Team), new("ChannelId", c.ChannelId)]);

    public async Task<IReadOnlyList<Conversation>> ReadAsync(DateTimeOffset from, DateTimeOffset to, string? team, string? channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.ReportFacts, cancellationToken);
        var days = new List<string>();
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime; day = day.AddDays(1)) days.Add(ReportFact.Day(new DateTimeOffset(day, TimeSpan.Zero)));
        var read = new System.Collections.Concurrent.ConcurrentBag<IReadOnlyList<Conversation>>();
        await System.Threading.Tasks.Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (day, ct) =>
            read.Add(await DayAsync(table, day, team, channelId, c => c.CreatedAt >= from && c.CreatedAt < to, ct)));
        return [.. read.SelectMany(d => d).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<DayRollup>> RollupsAsync(DateTimeOffset from, DateTimeOffset to, string? team, string? channelId, string hoursKey,
        Func<string, IReadOnlyList<Conversation>, DayRollup> rollup, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.ReportFacts, cancellationToken);
        var days = new List<DateTimeOffset>();
        for (var day = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero); day < to; day = day.AddDays(1)) days.Add(day);
        var scope = TableKeys.Safe($"{team}|{channelId}");
        var result = new System.Collections.Concurrent.ConcurrentBag<DayRollup>();
        await System.Threading.Tasks.Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (start, ct) =>
        {
            var day = ReportFact.Day(start);
            var whole = start >= from && start.AddDays(1) <= to;
            if (!whole)
            {
                result.Add(rollup(day, await DayAsync(table, day, team, channelId, c => c.CreatedAt >= from && c.CreatedAt < to, ct)));
                return;
            }
            // The marker is read before the conversations: a write during the read changes it, so the next report builds again.
            var marker = (await table.GetEntityIfExistsAsync<TableEntity>(day, MarkerRow, select: ["PartitionKey"], cancellationToken: ct)) is { HasValue: true } m ? m.Value!.ETag.ToString() : "none";
            var row = $"{day}|{scope}";
            var kept = await table.GetEntityIfExistsAsync<TableEntity>(RollupPartition, row, cancellationToken: ct);
            if (kept.HasValue && kept.Value!.GetString("Marker") == marker && kept.Value.GetString("Hours") == hoursKey && kept.Value.GetInt32("Version") == DayRollup.Version
                && kept.Value.GetBinary("Data") is { } data)
            {
                result.Add(Unpack(data));
                return;
            }
            var built = rollup(day, await DayAsync(table, day, team, channelId, _ => true, ct));
            result.Add(built);
            var packed = Pack(built);
            if (packed.Length <= MaxKeptBytes)
            {
                await table.UpsertEntityAsync(new TableEntity(RollupPartition, row)
                {
                    ["Marker"] = marker,
                    ["Hours"] = hoursKey,
                    ["Version"] = DayRollup.Version,
                    ["Data"] = packed,
                }, TableUpdateMode.Replace, ct);
            }
        });
        return [.. result.OrderBy(r => r.Day, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<Conversation>> DayAsync(TableClient table, string day, string? team, string? channelId, Func<Conversation, bool> keep, CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq '{day}' and RowKey ne '{MarkerRow}'"
            + (team is null ? "" : $" and Team eq '{TableKeys.Quote(team)}'")
            + (channelId is null ? "" : $" and ChannelId eq '{TableKeys.Quote(channelId)}'");
        var conversations = new List<Conversation>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: [JsonEntity.DataColumn], cancellationToken: cancellationToken))
        {
            var c = JsonEntity.Read(row, ReportFactJson.Default.ReportFact).ToConversation();
            if (keep(c)) conversations.Add(c);
        }
        return conversations;
    }

    private static byte[] Pack(DayRollup rollup)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest))
        {
            System.Text.Json.JsonSerializer.Serialize(gzip, rollup, DayRollupJson.Default.DayRollup);
        }
        return buffer.ToArray();
    }

    private static DayRollup Unpack(byte[] data)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        return System.Text.Json.JsonSerializer.Deserialize(gzip, DayRollupJson.Default.DayRollup) ?? throw new InvalidDataException("An empty rollup.");
    }
}
