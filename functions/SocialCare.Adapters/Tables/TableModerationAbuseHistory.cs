using Azure.Data.Tables;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// An author's abusive comments: one partition per channel and author, one row per event id (an upsert, so a
/// redelivered event is the same row).
/// </summary>
public sealed class TableModerationAbuseHistory(TableClients tables) : IAbuseHistory
{
    public async Task RecordAsync(string channelId, AbusiveComment comment, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Moderation, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition(channelId, comment.AuthorId), TableKeys.Safe(comment.EventId))
        {
            ["EventId"] = comment.EventId,
            ["At"] = comment.At,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<AbusiveComment>> ListAsync(string channelId, string authorId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Moderation, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(channelId, authorId)} and At gt {since}");
        var comments = new List<AbusiveComment>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["EventId", "At"], cancellationToken: cancellationToken))
        {
            comments.Add(new AbusiveComment(authorId, row.GetString("EventId"), row.GetDateTimeOffset("At")!.Value));
        }
        return comments;
    }

    private static string Partition(string channelId, string authorId) => $"abuse-{TableKeys.Safe($"{channelId}|{authorId}")}";
}
