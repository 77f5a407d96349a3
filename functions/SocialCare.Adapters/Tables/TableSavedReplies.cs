using Azure;
using SocialCare.Core.Ports;
using SocialCare.Core.Replies;

namespace SocialCare.Adapters.Tables;

/// <summary>The brand's saved replies: one partition (a deployment serves one brand), one row per reply, the reply as JSON.</summary>
public sealed class TableSavedReplies(TableClients tables) : ISavedReplies
{
    private const string Partition = "brand";

    public async Task<SavedReply?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Replies, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(Partition, TableKeys.Safe(id), cancellationToken: cancellationToken);
        return found.HasValue ? JsonEntity.Read(found.Value!, ReplyJson.Default.SavedReply) : null;
    }

    public async Task<IReadOnlyList<SavedReply>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Replies, cancellationToken);
        var replies = new List<SavedReply>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            replies.Add(JsonEntity.Read(row, ReplyJson.Default.SavedReply));
        }
        return replies;
    }

    public async Task PutAsync(SavedReply reply, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Replies, cancellationToken);
        await table.UpsertEntityAsync(JsonEntity.Create(Partition, TableKeys.Safe(reply.Id), reply, ReplyJson.Default.SavedReply,
            [new("Language", reply.Language)]), Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Replies, cancellationToken);
        var response = await table.DeleteEntityAsync(Partition, TableKeys.Safe(id), ETag.All, cancellationToken);
        return response.Status != 404;
    }
}
