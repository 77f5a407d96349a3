using SocialCare.Core.Events;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Conversations;

/// <summary>
/// Applies one inbound event to its conversation, idempotently and safely under concurrency: the message and the
/// conversation's new state are stored together, a stale read retries, a redelivered event changes nothing.
/// </summary>
public sealed class ConversationRecorder(IConversationStore store, TimeProvider time)
{
    public static readonly TimeSpan DefaultReopenWindow = TimeSpan.FromDays(7);
    private const int MaxAttempts = 20;

    /// <summary>Records the event; a created message is stored together with its settled conversation and its notice.</summary>
    public async Task<RecordOutcome> RecordAsync(Recording recording, CancellationToken cancellationToken)
    {
        var (e, classification, chooseTeam) = recording;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var currentId = await store.FindCurrentIdAsync(e.ChannelId, e.ConversationKey, cancellationToken);
            var current = currentId is null ? null : await store.GetAsync(currentId, cancellationToken);

            Conversation conversation;
            string? version;
            var created = false;
            if (current is null || IsPastReopenWindow(current, now, recording.ReopenWindow))
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
                    var message = ConversationLedger.MessageFor(e);
                    Assignment? assigned = null;
                    IReadOnlyList<ConversationMessage> events = [];
                    if (recording.Settle is { } settle)
                    {
                        var settlement = await settle(updated, cancellationToken);
                        (updated, assigned, events) = (settlement.Conversation, settlement.Assigned, settlement.Events);
                        // What settling decided is stored with the event, so a redelivery announces it the same way.
                        message = message with { Notice = NotifyMessages.KindFor(e, updated, assigned) };
                    }
                    var appended = await store.TryAppendAsync(updated, version, message, cancellationToken, events);
                    return appended
                        ? new RecordOutcome(updated, created, Duplicate: false, assigned)
                        : new RecordOutcome(conversation, Created: false, Duplicate: true);
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

/// <summary>
/// What to record: the event, its classification and the team chooser. <see cref="Settle"/> is applied to a created
/// message's new conversation state before it is stored (again on each retry), so derived state such as routing is
/// written in the same step.
/// </summary>
public sealed record Recording(InboundEvent Event, Classification.Classification Classification, Func<Conversation?, string> ChooseTeam)
{
    public TimeSpan ReopenWindow { get; init; } = ConversationRecorder.DefaultReopenWindow;

    public Func<Conversation, CancellationToken, Task<Settlement>>? Settle { get; init; }
}

/// <summary>
/// The conversation after the event; <see cref="Duplicate"/> when the event had been recorded before;
/// <see cref="Assigned"/> when the settling stored with it gave the conversation an owner.
/// </summary>
public sealed record RecordOutcome(Conversation Conversation, bool Created, bool Duplicate, Assignment? Assigned = null);
