using SocialCare.Core.Events;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Conversations;

/// <summary>
/// Applies one inbound event to its conversation, idempotently and safely under concurrency: the message and the
/// conversation's new state are stored together, a stale read retries, a redelivered event changes nothing.
/// </summary>
public sealed class ConversationRecorder(IConversationStore store, TimeProvider time)
{
    public static readonly TimeSpan DefaultReopenWindow = TimeSpan.FromDays(7);
    private const int MaxAttempts = 20;

    /// <param name="settle">Applied to a created message's new conversation state before it is stored (again on each
    /// retry), so that derived state such as routing is written in the same step.</param>
    /// <param name="note">Annotates the created message with what settling decided (after <paramref name="settle"/>), so
    /// the decision is stored with the event in the same write.</param>
    public async Task<RecordOutcome> RecordAsync(InboundEvent e, Classification.Classification classification, Func<Conversation?, string> chooseTeam, CancellationToken cancellationToken, TimeSpan? reopenWindow = null, Func<Conversation, Task<Conversation>>? settle = null, Func<ConversationMessage, ConversationMessage>? note = null)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var currentId = await store.FindCurrentIdAsync(e.ChannelId, e.ConversationKey, cancellationToken);
            var current = currentId is null ? null : await store.GetAsync(currentId, cancellationToken);

            Conversation conversation;
            string? version;
            var created = false;
            if (current is null || IsPastReopenWindow(current, now, reopenWindow ?? DefaultReopenWindow))
            {
                // A link left by a writer that crashed before storing the conversation is reused, not replaced.
                var id = currentId is not null && current is null ? currentId : ConversationIds.New(now, e.ChannelId, e.ConversationKey, e.EventId);
                if (id != currentId && !await store.TryLinkAsync(e.ChannelId, e.ConversationKey, id, currentId, cancellationToken)) continue;
                conversation = ConversationLedger.Start(id, e, classification, chooseTeam(null), now);
                version = null;
                created = true;
            }
            else
            {
                conversation = current.Value;
                version = current.Version;
            }

            try
            {
                if (e.Action == EventAction.Created)
                {
                    var updated = ConversationLedger.Append(conversation, e, classification);
                    if (!e.FromBrand) updated = updated with { Team = created ? updated.Team : chooseTeam(updated) };
                    if (settle is not null) updated = await settle(updated);
                    var message = ConversationLedger.MessageFor(e);
                    var appended = await store.TryAppendAsync(updated, version, note is null ? message : note(message), cancellationToken);
                    return new RecordOutcome(appended ? updated : conversation, created && appended, Duplicate: !appended);
                }
                return await ApplyChangeAsync(conversation, version, e, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                await Task.Yield();
            }
        }
        throw new ConcurrencyConflictException($"Gave up recording {e.EventId} after {MaxAttempts} conflicting attempts.");
    }

    private async Task<RecordOutcome> ApplyChangeAsync(Conversation conversation, string? version, InboundEvent e, CancellationToken cancellationToken)
    {
        var messages = version is null ? [] : await store.GetMessagesAsync(conversation.Id, cancellationToken);
        var original = messages.FirstOrDefault(m => m.PlatformMessageId == e.RawEventId);
        // An edit or removal that overtakes its message still leaves a trace, marked as such.
        var changed = ConversationLedger.ApplyChange(original ?? ConversationLedger.MessageFor(e), e);
        if (original == changed) return new RecordOutcome(conversation, Created: false, Duplicate: true);
        var updated = original is null ? conversation with { MessageCount = conversation.MessageCount + 1 } : conversation;
        await store.SaveAsync(updated, version, [changed], cancellationToken);
        return new RecordOutcome(updated, Created: version is null, Duplicate: false);
    }

    private static bool IsPastReopenWindow(Versioned<Conversation> current, DateTimeOffset now, TimeSpan window) =>
        current.Value.Status == ConversationStatus.Resolved && current.Value.ResolvedAt is { } resolved && now - resolved > window;
}

/// <summary>The conversation after the event; <see cref="Duplicate"/> when the event had been recorded before.</summary>
public sealed record RecordOutcome(Conversation Conversation, bool Created, bool Duplicate);
