using SocialCare.Core.Conversations;

namespace SocialCare.Core.Ports;

/// <summary>Conversation state. Writes are optimistic: a stale version fails with <see cref="ConcurrencyConflictException"/>.</summary>
public interface IConversationStore
{
    /// <summary>The id of the conversation currently open for this thread key on the channel, if any.</summary>
    Task<string?> FindCurrentIdAsync(string channelId, string conversationKey, CancellationToken cancellationToken);

    /// <summary>Points the thread key at a new conversation; false when another writer got there first.</summary>
    Task<bool> TryLinkAsync(string channelId, string conversationKey, string conversationId, string? expectedCurrentId, CancellationToken cancellationToken);

    Task<Versioned<Conversation>?> GetAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>One message by the platform's id for it (<see cref="ConversationMessage.PlatformMessageId"/>): a point read, not a scan.</summary>
    Task<ConversationMessage?> GetMessageAsync(Conversation conversation, string platformMessageId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically stores the conversation (new when <paramref name="expectedVersion"/> is null) together with the message.
    /// Returns false, changing nothing, when the message was already stored (a redelivery).
    /// </summary>
    Task<bool> TryAppendAsync(Conversation conversation, string? expectedVersion, ConversationMessage message, CancellationToken cancellationToken,
        IReadOnlyList<ConversationMessage>? alongside = null);

    /// <summary>Stores the conversation and replaces (or inserts) messages, in one atomic step.</summary>
    Task SaveAsync(Conversation conversation, string? expectedVersion, IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken);

    Task<ConversationPage> ListAsync(ConversationQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// One list of the inbox (<see cref="InboxKeys.Scope"/>), in its working order, from index rows kept with every
    /// write: a page costs one partition read, not a scan of the conversations.
    /// </summary>
    Task<ConversationPage> ListInboxAsync(string scope, int limit, string? continuationToken, CancellationToken cancellationToken);
}

public sealed record Versioned<T>(T Value, string Version);

public sealed record ConversationQuery(
    string? Status = null,
    string? Platform = null,
    string? ChannelId = null,
    string? CustomerId = null,
    string? Team = null,
    string? Assignee = null,
    int Limit = 50,
    string? ContinuationToken = null);

public sealed record ConversationPage(IReadOnlyList<Conversation> Items, string? ContinuationToken);

public static class ConversationStoreExtensions
{
    /// <summary>Every conversation the query matches, page after page: the one paging loop over the store.</summary>
    public static async IAsyncEnumerable<Conversation> EnumerateAsync(this IConversationStore store, ConversationQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(query, cancellationToken);
        while (true)
        {
            foreach (var c in page.Items) yield return c;
            if (page.ContinuationToken is null) yield break;
            page = await store.ListAsync(query with { ContinuationToken = page.ContinuationToken }, cancellationToken);
        }
    }
}

/// <summary>Someone else changed the record since it was read: read again and retry.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
