using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Caching.Memory;
using SocialCare.Core.Conversations;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// A conversation and its messages share one partition, so a message and the conversation's new state are written
/// in one entity-group transaction: a redelivered event fails on the message insert and changes nothing.
/// The inbox's index rows (<see cref="InboxKeys"/>, table inboxindex) are written around that transaction: the new
/// rows before it, the rows the old state had after it. A crash in between leaves a row too many, never one missing,
/// and a reader checks every row against the conversation and deletes those that no longer hold.
/// The states this instance read or wrote are remembered by ETag for a minute: a write names the version it replaces,
/// so the index rows that version had are known without reading it again (an ETag names one stored state, so a
/// remembered one is never stale; another instance's write has another ETag and is read).
/// </summary>
public sealed partial class TableConversationStore(TableClients tables, Microsoft.Extensions.Logging.ILogger<TableConversationStore>? logger = null) : IConversationStore, IDisposable
{
    private readonly MemoryCache _versions = new(new MemoryCacheOptions { SizeLimit = 4096 });

    public void Dispose() => _versions.Dispose();

    private void Remember(Conversation conversation, ETag version) =>
        _versions.Set((conversation.Id, version.ToString()), conversation, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(1) });

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
        if (!found.HasValue) return null;
        var conversation = JsonEntity.Read(found.Value!, CoreJson.Default.Conversation);
        Remember(conversation, found.Value!.ETag);
        return new Versioned<Conversation>(conversation, found.Value!.ETag.ToString());
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

    public async Task<bool> TryAppendAsync(Conversation conversation, string? expectedVersion, ConversationMessage message, CancellationToken cancellationToken,
        IReadOnlyList<ConversationMessage>? alongside = null)
    {
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var indexed = await IndexBeforeAsync(table, conversation, expectedVersion, cancellationToken);
        var actions = new List<TableTransactionAction>
        {
            ConversationAction(conversation, expectedVersion),
            new(TableTransactionActionType.Add, MessageEntity(conversation, message)),
        };
        actions.AddRange((alongside ?? []).Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, MessageEntity(conversation, m))));
        try
        {
            Remember(conversation, (await table.SubmitTransactionAsync(actions, cancellationToken)).Value[0].Headers.ETag ?? default);
            await UnindexAsync(indexed, cancellationToken);
            await RecordFactAsync(conversation, cancellationToken);
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
        var indexed = await IndexBeforeAsync(table, conversation, expectedVersion, cancellationToken);
        var actions = new List<TableTransactionAction> { ConversationAction(conversation, expectedVersion) };
        actions.AddRange(messages.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, MessageEntity(conversation, m))));
        try
        {
            Remember(conversation, (await table.SubmitTransactionAsync(actions, cancellationToken)).Value[0].Headers.ETag ?? default);
            await UnindexAsync(indexed, cancellationToken);
            await RecordFactAsync(conversation, cancellationToken);
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

    public async Task<ConversationPage> ListInboxAsync(string scope, int limit, string? continuationToken, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableNames.InboxIndex, cancellationToken);
        limit = Math.Clamp(limit, 1, 200);
        var items = new List<Conversation>(limit);
        var token = continuationToken;
        do
        {
            Page<TableEntity>? page = null;
            await foreach (var p in index.QueryAsync<TableEntity>($"PartitionKey eq '{TableKeys.Quote(scope)}'", maxPerPage: limit - items.Count, select: ["PartitionKey", "RowKey", "ConversationId"], cancellationToken: cancellationToken).AsPages(token, limit - items.Count))
            {
                page = p;
                break;
            }
            if (page is null) break;
            // Each row is checked against the conversation itself: rows a crash or a race left behind are dropped here,
            // and deleted, so the index heals as it is read.
            var read = await Task.WhenAll(page.Values.Select(async row => (row, found: await GetAsync(row.GetString("ConversationId"), cancellationToken))));
            foreach (var (row, found) in read)
            {
                if (found is { } c && InboxKeys.For(c.Value).Contains((row.PartitionKey, row.RowKey))) items.Add(c.Value);
                else await DeleteIndexRowAsync(index, row.PartitionKey, row.RowKey, cancellationToken);
            }
            token = page.ContinuationToken;
        }
        while (items.Count < limit && token is not null);
        return new ConversationPage(items, token);
    }

    /// <summary>
    /// Indexes every stored conversation once (those a release before the index wrote are in no list until they change),
    /// then leaves a marker so later starts skip the scan. Safe beside live writes: a row it adds for a state that has
    /// since changed is dropped by the next read of that list. Returns how many conversations it indexed (0: already done).
    /// </summary>
    public async Task<int> BackfillInboxIndexAsync(CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableNames.InboxIndex, cancellationToken);
        return await BackfillAsync(index, conversations => Task.WhenAll(conversations.SelectMany(c => InboxKeys.For(c).Select(k =>
            index.UpsertEntityAsync(new TableEntity(k.Scope, k.Row) { ["ConversationId"] = c.Id }, TableUpdateMode.Replace, cancellationToken)))), cancellationToken);
    }

    /// <summary>Once: the report rows of conversations stored before the reports read them (<see cref="TableReportFacts"/>).</summary>
    public async Task<int> BackfillReportFactsAsync(CancellationToken cancellationToken)
    {
        var facts = await tables.GetAsync(TableNames.ReportFacts, cancellationToken);
        return await BackfillAsync(facts, conversations => Task.WhenAll(conversations.Select(c =>
            facts.UpsertEntityAsync(TableReportFacts.Entity(c), TableUpdateMode.Replace, cancellationToken))), cancellationToken);
    }

    // One scan of the conversation rows, then a marker row in the target table so later starts skip it.
    private async Task<int> BackfillAsync(TableClient target, Func<IReadOnlyList<Conversation>, Task> write, CancellationToken cancellationToken)
    {
        if ((await target.GetEntityIfExistsAsync<TableEntity>(BackfillPartition, BackfillRow, cancellationToken: cancellationToken)).HasValue) return 0;
        var table = await tables.GetAsync(TableNames.Conversations, cancellationToken);
        var count = 0;
        await foreach (var page in table.QueryAsync<TableEntity>($"RowKey eq '{TableKeys.ConversationRow}'", maxPerPage: 200, select: [JsonEntity.DataColumn], cancellationToken: cancellationToken).AsPages())
        {
            var conversations = page.Values.Select(e => JsonEntity.Read(e, CoreJson.Default.Conversation)).ToList();
            await write(conversations);
            count += conversations.Count;
        }
        await target.UpsertEntityAsync(new TableEntity(BackfillPartition, BackfillRow) { ["Conversations"] = count }, TableUpdateMode.Replace, cancellationToken);
        return count;
    }

    // Never a list's name (scopes are "all|…", "team|…", "owner|…", "unassigned|…") nor a day ("2026-11-24").
    private const string BackfillPartition = "_backfill";
    private const string BackfillRow = "v1";

    /// <summary>
    /// The report's row of the conversation as stored, under the day it started (<see cref="TableReportFacts"/>). Written
    /// after the conversation, so it never shows a state that was not stored; if this write fails the row lags until the
    /// conversation's next write (routing, the SLA watch and every action write it again), which the report tolerates.
    /// </summary>
    private async Task RecordFactAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        try
        {
            var facts = await tables.GetAsync(TableNames.ReportFacts, cancellationToken);
            // With the row, the day's marker: its kept rollups no longer hold (they remember the marker they were built under).
            await facts.SubmitTransactionAsync(TableReportFacts.Write(conversation), cancellationToken);
        }
        catch (RequestFailedException e)
        {
            // The conversation is stored, and a retry of the invocation would find it so and write nothing: the row
            // lags until the case's next write. Said, so a run of these is seen.
            if (logger is not null) LogFactLagging(logger, conversation.Id, e.Status);
        }
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Microsoft.Extensions.Logging.LogLevel.Warning,
        "Report row of conversation {ConversationId} not written (status {Status}); it lags until the conversation's next write")]
    private static partial void LogFactLagging(Microsoft.Extensions.Logging.ILogger logger, string conversationId, int status);

    // Before the conversation's write: its new index rows, and the rows its stored state has (to drop after the write).
    private async Task<IReadOnlyList<(string Scope, string Row)>> IndexBeforeAsync(TableClient table, Conversation conversation, string? expectedVersion, CancellationToken cancellationToken)
    {
        var next = InboxKeys.For(conversation);
        IReadOnlyList<(string Scope, string Row)> previous = [];
        if (expectedVersion is not null && _versions.TryGetValue((conversation.Id, expectedVersion), out Conversation? known))
        {
            previous = InboxKeys.For(known!);
        }
        else if (expectedVersion is not null)
        {
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(conversation.Id, TableKeys.ConversationRow, select: [JsonEntity.DataColumn], cancellationToken: cancellationToken);
            if (stored.HasValue) previous = InboxKeys.For(JsonEntity.Read(stored.Value!, CoreJson.Default.Conversation));
        }
        var index = await tables.GetAsync(TableNames.InboxIndex, cancellationToken);
        await Task.WhenAll(next.Except(previous).Select(k =>
            index.UpsertEntityAsync(new TableEntity(k.Scope, k.Row) { ["ConversationId"] = conversation.Id }, TableUpdateMode.Replace, cancellationToken)));
        return [.. previous.Except(next)];
    }

    private async Task UnindexAsync(IReadOnlyList<(string Scope, string Row)> stale, CancellationToken cancellationToken)
    {
        if (stale.Count == 0) return;
        var index = await tables.GetAsync(TableNames.InboxIndex, cancellationToken);
        await Task.WhenAll(stale.Select(k => DeleteIndexRowAsync(index, k.Scope, k.Row, cancellationToken)));
    }

    private static async Task DeleteIndexRowAsync(TableClient index, string scope, string row, CancellationToken cancellationToken)
    {
        try
        {
            await index.DeleteEntityAsync(scope, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: another reader or writer dropped it.
        }
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
