using System.Globalization;
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

    public async Task RecordAsync(string scope, string eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Crisis, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition(scope, at), TableKeys.Safe(eventId)), TableUpdateMode.Replace, cancellationToken);
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

    private static string Prefix(string scope) => $"n-{TableKeys.Safe(scope)}-";

    private static string Partition(string scope, DateTimeOffset at) =>
        Prefix(scope) + at.UtcDateTime.ToString(MinuteFormat, CultureInfo.InvariantCulture);
}
