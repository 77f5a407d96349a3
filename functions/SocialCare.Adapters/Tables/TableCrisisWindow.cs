using System.Globalization;
using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Negative events in the crisis table: partition "n-{scope digest}-{yyyyMMddHHmm}" (a minute bucket, so a burst
/// spreads over partitions), row = event id digest (a redelivery is the same row). Counting reads keys only.
/// </summary>
public sealed class TableCrisisWindow(TableClients tables) : INegativeEventWindow
{
    private const string MinuteFormat = "yyyyMMddHHmm";

    public async Task<bool> RecordAsync(string scope, string eventId, DateTimeOffset at, TimeSpan alreadyCountedWithin, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        if (alreadyCountedWithin > TimeSpan.Zero && await StoredBeforeAsync(table, scope, eventId, at, alreadyCountedWithin, cancellationToken)) return false;
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition(scope, at), TableKeys.Safe(eventId)), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyDictionary<DateTimeOffset, int>> CountByMinuteAsync(string scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        var prefix = Prefix(scope);
        var filter = $"PartitionKey ge '{Partition(scope, from)}' and PartitionKey lt '{Partition(scope, to)}'";
        var counts = new Dictionary<DateTimeOffset, int>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            var minute = DateTimeOffset.ParseExact(row.PartitionKey[prefix.Length..], MinuteFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            counts[minute] = counts.GetValueOrDefault(minute) + 1;
        }
        return counts;
    }

    private static async Task<bool> StoredBeforeAsync(TableClient table, string scope, string eventId, DateTimeOffset at, TimeSpan within, CancellationToken cancellationToken)
    {
        var minutes = (int)Math.Ceiling(within.TotalMinutes);
        var lookups = Enumerable.Range(1, minutes).Select(back =>
            table.GetEntityIfExistsAsync<TableEntity>(Partition(scope, at - TimeSpan.FromMinutes(back)), TableKeys.Safe(eventId), select: ["RowKey"], cancellationToken: cancellationToken));
        var found = await Task.WhenAll(lookups);
        return found.Any(f => f.HasValue);
    }

    private static string Prefix(string scope) => $"n-{TableKeys.Safe(scope)}-";

    private static string Partition(string scope, DateTimeOffset at) =>
        Prefix(scope) + at.UtcDateTime.ToString(MinuteFormat, CultureInfo.InvariantCulture);
}
