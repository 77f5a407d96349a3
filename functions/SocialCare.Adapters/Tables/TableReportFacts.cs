using Azure.Data.Tables;
using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// The reports' rows: one per conversation (<see cref="ReportFact"/>, a few hundred bytes), partitioned by the UTC day it
/// started, with its team and channel as columns to filter on. A report over 90 days reads 90 partitions in parallel
/// instead of scanning every conversation. The backlog is counted from the inbox index's open and waiting lists.
/// </summary>
public sealed class TableReportFacts(TableClients tables) : IReportFacts
{
    private const int Parallel = 8;

    public static TableEntity Entity(Conversation c) =>
        JsonEntity.Create(ReportFact.Day(c.CreatedAt), c.Id, ReportFact.Of(c), ReportFactJson.Default.ReportFact,
            [new("Team", c.Team), new("ChannelId", c.ChannelId)]);

    public async Task<IReadOnlyList<Conversation>> ReadAsync(DateTimeOffset from, DateTimeOffset to, string? team, string? channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.ReportFacts, cancellationToken);
        var days = new List<string>();
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime; day = day.AddDays(1)) days.Add(ReportFact.Day(new DateTimeOffset(day, TimeSpan.Zero)));
        var read = new System.Collections.Concurrent.ConcurrentBag<Conversation>();
        await System.Threading.Tasks.Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (day, ct) =>
        {
            var filter = $"PartitionKey eq '{day}'"
                + (team is null ? "" : $" and Team eq '{TableKeys.Quote(team)}'")
                + (channelId is null ? "" : $" and ChannelId eq '{TableKeys.Quote(channelId)}'");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: [JsonEntity.DataColumn], cancellationToken: ct))
            {
                var fact = JsonEntity.Read(row, ReportFactJson.Default.ReportFact);
                if (fact.CreatedAt >= from && fact.CreatedAt < to) read.Add(fact.ToConversation());
            }
        });
        return [.. read.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    public async Task<int> BacklogAsync(string? team, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableNames.InboxIndex, cancellationToken);
        var scopes = new[] { ConversationStatus.Open, ConversationStatus.Waiting }
            .Select(status => team is null ? InboxKeys.Scope(InboxKeys.All, null, status) : InboxKeys.Scope(InboxKeys.Team, team, status));
        var counts = await Task.WhenAll(scopes.Select(async scope =>
        {
            var count = 0;
            await foreach (var page in index.QueryAsync<TableEntity>($"PartitionKey eq '{TableKeys.Quote(scope)}'", maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
            {
                count += page.Values.Count;
            }
            return count;
        }));
        return counts.Sum();
    }
}
