using System.Globalization;
using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Negative events in the crisis table: partition "m-{yyyyMMddHHmm}" (a minute bucket, so a burst spreads over
/// partitions), row "{scope}|{event id}" (a redelivery is the same row). An event's scopes share the minute's
/// partition, so they are stored in one transaction; counting a scope reads the keys of its rows in the minutes asked.
/// </summary>
public sealed class TableCrisisWindow(TableClients tables) : INegativeEventWindow
{
    private const string MinuteFormat = "yyyyMMddHHmm";
    // Before 4 Dec 2026 partitions were "n-{scope}-{minute}": left to age out of every window.
    private const string Prefix = "m-";

    public async Task<bool> RecordAsync(IReadOnlyList<string> scopes, string eventId, DateTimeOffset at, TimeSpan alreadyCountedWithin, CancellationToken cancellationToken)
    {
        if (scopes.Count == 0) return false;
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        if (alreadyCountedWithin > TimeSpan.Zero && await StoredBeforeAsync(table, scopes[0], eventId, at, alreadyCountedWithin, cancellationToken)) return false;
        try
        {
            await table.SubmitTransactionAsync(scopes.Select(scope => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Partition(at), Row(scope, eventId)))), cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyDictionary<DateTimeOffset, int>> CountByMinuteAsync(string scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        var first = ScopeStart(scope);
        // '}' follows '|': every row of the scope, and no other scope's.
        var filter = $"PartitionKey ge '{Partition(from)}' and PartitionKey lt '{Partition(to)}' and RowKey ge '{TableKeys.Quote(first)}' and RowKey lt '{TableKeys.Quote(first[..^1] + "}")}'";
        var counts = new Dictionary<DateTimeOffset, int>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            var minute = DateTimeOffset.ParseExact(row.PartitionKey[Prefix.Length..], MinuteFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            counts[minute] = counts.GetValueOrDefault(minute) + 1;
        }
        return counts;
    }

    private static async Task<bool> StoredBeforeAsync(TableClient table, string scope, string eventId, DateTimeOffset at, TimeSpan within, CancellationToken cancellationToken)
    {
        var minutes = (int)Math.Ceiling(within.TotalMinutes);
        var lookups = Enumerable.Range(1, minutes).Select(back =>
            table.GetEntityIfExistsAsync<TableEntity>(Partition(at - TimeSpan.FromMinutes(back)), Row(scope, eventId), select: ["RowKey"], cancellationToken: cancellationToken));
        var found = await Task.WhenAll(lookups);
        return found.Any(f => f.HasValue);
    }

    private static string ScopeStart(string scope) => $"{TableKeys.Safe(scope)}|";

    private static string Row(string scope, string eventId) => ScopeStart(scope) + TableKeys.Safe(eventId);

    private static string Partition(DateTimeOffset at) => Prefix + at.UtcDateTime.ToString(MinuteFormat, CultureInfo.InvariantCulture);
}
