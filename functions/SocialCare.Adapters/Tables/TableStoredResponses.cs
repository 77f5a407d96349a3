using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Answers to keyed agent requests in the outbox table's "responses" partition (the outbox listings read other
/// partitions), beside the claims of what those requests published.
/// </summary>
public sealed class TableStoredResponses(TableClients tables) : IStoredResponses
{
    private const string Partition = "responses";

    // A string property holds at most 64 KiB (32K UTF-16 characters). A larger answer is not stored: the retry then
    // runs the action again, which publishes nothing (the publish claim holds its result) and answers the current state.
    private const int MaxBodyChars = 30_000;

    public async Task<StoredResponse?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Safe(key), cancellationToken: cancellationToken);
        if (!found.HasValue) return null;
        var row = found.Value!;
        return new StoredResponse(row.GetInt32("Status") ?? 200, row.GetString("ContentType") ?? "application/json", row.GetString("Body") ?? "");
    }

    public async Task SaveAsync(string key, StoredResponse response, CancellationToken cancellationToken)
    {
        if (response.Body.Length > MaxBodyChars) return;
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, TableKeys.Safe(key))
            {
                ["Key"] = key,
                ["Status"] = response.Status,
                ["ContentType"] = response.ContentType,
                ["Body"] = response.Body,
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A concurrent retry stored its answer first; the first one stays.
        }
    }
}
