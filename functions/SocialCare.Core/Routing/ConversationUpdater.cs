using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Routing;

/// <summary>Read, change, write with the version read; a conflict reads again, so concurrent changes are never lost.</summary>
public sealed class ConversationUpdater(IConversationStore store)
{
    private const int MaxAttempts = 30;

    /// <param name="change">The new state and messages to store, or null to leave the conversation as it is.</param>
    /// <returns>The stored state (or the unchanged one); null when the conversation does not exist.</returns>
    public async Task<Conversation?> UpdateAsync(string conversationId, Func<Conversation, Task<Change?>> change, CancellationToken cancellationToken) =>
        (await UpdateAsync(conversationId, async c => (await change(c), true), cancellationToken)).Stored;

    /// <summary>
    /// As <see cref="UpdateAsync(string, Func{Conversation, Task{Change}}, CancellationToken)"/>, with what the attempt
    /// that was kept decided besides the change (an earlier attempt's decision is dropped with its conflict).
    /// </summary>
    public async Task<(Conversation? Stored, TDecision? Decision)> UpdateAsync<TDecision>(string conversationId, Func<Conversation, Task<(Change? Change, TDecision Decision)>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.GetAsync(conversationId, cancellationToken);
            if (current is null) return (null, default);
            var (next, decision) = await decide(current.Value);
            if (next is null) return (current.Value, decision);
            try
            {
                await store.SaveAsync(next.Conversation, current.Version, next.Messages ?? [], cancellationToken);
                return (next.Conversation, decision);
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
