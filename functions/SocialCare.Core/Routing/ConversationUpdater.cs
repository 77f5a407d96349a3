using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Routing;

/// <summary>Read, change, write with the version read; a conflict reads again, so concurrent changes are never lost.</summary>
public sealed class ConversationUpdater(IConversationStore store)
{
    private const int MaxAttempts = 30;

    /// <param name="change">The new state and messages to store, or null to leave the conversation as it is.</param>
    /// <returns>The stored state (or the unchanged one); null when the conversation does not exist.</returns>
    public async Task<Conversation?> UpdateAsync(string conversationId, Func<Conversation, Task<Change?>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.GetAsync(conversationId, cancellationToken);
            if (current is null) return null;
            var next = await change(current.Value);
            if (next is null) return current.Value;
            try
            {
                await store.SaveAsync(next.Conversation, current.Version, next.Messages ?? [], cancellationToken);
                return next.Conversation;
            }
            catch (ConcurrencyConflictException)
            {
                await Task.Delay(Random.Shared.Next(1, 5 + attempt * 3), cancellationToken);
            }
        }
        throw new ConcurrencyConflictException($"Gave up updating {conversationId} after {MaxAttempts} conflicting attempts.");
    }

    public sealed record Change(Conversation Conversation, IReadOnlyList<ConversationMessage>? Messages = null);
}
