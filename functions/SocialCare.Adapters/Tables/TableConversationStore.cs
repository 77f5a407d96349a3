using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// A conversation and its messages share one partition, so a message and the conversation's new state are written
/// in one entity-group transaction: a redelivered event fails on the message insert and changes nothing.
/// </summary>
public sealed class TableConversationStore(TableClients tables) : IConversationStore
{
    public async Task<string?> FindCurrentIdAsync(string channelId, string conversationKey, CancellationToken cancellationToken)
    {
        var keys = await tables.GetAsync(TableNames.ConversationKeys, cancellationToken);
        var found = await keys.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(channelId), TableKeys.Safe(conversationKey), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.GetString("ConversationId") : null;
    }

    public async Task<bool> TryLinkAsync(string channelId, string conversationKey, string conversationId, string? expectedCurrentId, CancellationToken cancellationToken)
    {
        var keys = await tables.GetAsync(TableNames.ConversationKeys, cancellationToken);
        var entity = new TableEntity(TableKeys.Safe(channelId), TableKeys.Safe(conversationKey))
        {
            ["ConversationId"] = conversationId,
            ["ChannelId"] = channelId,
            ["ConversationKey"] = conversationKey,
        };
        try
        {
            if (expectedCurrentId is null)
            {
                await keys.AddEntityAsync(entity, cancellationToken);
                return true;
            }
            var current = await keys.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            if (current.Value.GetString("ConversationId") != expectedCurrentId) return false;
            await keys.UpdateEntityAsync(entity, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    public async Task<Versioned<Conversation>?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(conversationId, TableKeys.ConversationRow, cancellationToken: cancellationToken);
        return found.HasValue ? new Versioned<Conversation>(JsonEntity.Read(found.Value!, CoreJson.Default.Conversation), found.Value!.ETag.ToString()) : null;
    }

    public async Task<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var messages = new List<ConversationMessage>();
        var filter = $"PartitionKey eq '{TableKeys.Quote(conversationId)}' and RowKey gt 'm-' and RowKey lt 'm.'";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            messages.Add(JsonEntity.Read(entity, CoreJson.Default.ConversationMessage));
        }
        return [.. messages.OrderBy(m => m.At).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    public async Task<ConversationMessage?> GetMessageAsync(Conversation conversation, string platformMessageId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(conversation.Id, TableKeys.MessageRow(conversation.Platform, platformMessageId), cancellationToken: cancellationToken);
        return found.HasValue ? JsonEntity.Read(found.Value!, CoreJson.Default.ConversationMessage) : null;
    }

    public async Task<bool> TryAppendAsync(Conversation conversation, string? expectedVersion, ConversationMessage message, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var actions = new List<TableTransactionAction>
        {
            ConversationAction(conversation, expectedVersion),
            new(TableTransactionActionType.Add, MessageEntity(conversation, message)),
        };
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == 1 && e.Status == 409)
        {
            return false;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException($"Conversation {conversation.Id} changed since it was read.");
        }
    }

    public async Task SaveAsync(Conversation conversation, string? expectedVersion, IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var actions = new List<TableTransactionAction> { ConversationAction(conversation, expectedVersion) };
        actions.AddRange(messages.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, MessageEntity(conversation, m))));
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException($"Conversation {conversation.Id} changed since it was read.");
        }
    }

    public async Task<ConversationPage> ListAsync(ConversationQuery query, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var filter = ConversationFilter.For(query);
        var limit = Math.Clamp(query.Limit, 1, 200);
        var items = new List<Conversation>(limit);
        string? token = query.ContinuationToken;
        // A filtered scan may return short pages; keep reading until the page is full or the table ends.
        do
        {
            await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: limit - items.Count, cancellationToken: cancellationToken).AsPages(token, limit - items.Count))
            {
                items.AddRange(page.Values.Select(e => JsonEntity.Read(e, CoreJson.Default.Conversation)));
                token = page.ContinuationToken;
                break;
            }
        }
        while (items.Count < limit && token is not null);
        return new ConversationPage(items, token);
    }

    private static TableTransactionAction ConversationAction(Conversation conversation, string? expectedVersion)
    {
        var entity = JsonEntity.Create(conversation.Id, TableKeys.ConversationRow, conversation, CoreJson.Default.Conversation, ConversationFilter.Columns(conversation));
        return expectedVersion is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(expectedVersion));
    }

    private static TableEntity MessageEntity(Conversation conversation, ConversationMessage message) =>
        JsonEntity.Create(
            conversation.Id,
            TableKeys.MessageRow(conversation.Platform, message.PlatformMessageId ?? message.Id),
            message,
            CoreJson.Default.ConversationMessage);
}
