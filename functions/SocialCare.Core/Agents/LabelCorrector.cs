using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Corrections;
using SocialCare.Core.Conversations;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Core.Agents;

/// <summary>
/// An agent corrects a conversation's intent or priority: the correction is kept as a training example (who, when,
/// from what, to what, on which customer message), the case carries the agent's labels from then on, and the clocks
/// are planned again for the new priority.
/// </summary>
/// <remarks>Through the keyed API without an agent, the correction is kept as made by <see cref="ApiAuthor"/>.</remarks>
public sealed class LabelCorrector(IConversationStore store, ILabelCorrectionStore corrections, ConversationRouter router, AssignmentOutbox outbox, TimeProvider time)
{
    public const string ApiAuthor = "api";

    private readonly ConversationUpdater updater = new(store);

    public async Task<ActionOutcome> CorrectAsync(string conversationId, Intent? intent, int? priority, string byId, string byName, CancellationToken cancellationToken)
    {
        if (intent is null && priority is null) return ActionOutcome.Invalid("intent", "or priority is required");
        if (priority is < AgentLabels.MostUrgent or > AgentLabels.LeastUrgent) return ActionOutcome.Invalid("priority", $"must be {AgentLabels.MostUrgent} (most urgent) to {AgentLabels.LeastUrgent}");
        var found = await store.GetAsync(conversationId, cancellationToken);
        if (found is null) return ActionOutcome.Missing;
        var before = found.Value;
        if (intent is not null && before.Classification is null) return ActionOutcome.Invalid("intent", "cannot be corrected before the conversation is classified");
        // Nothing to learn from labels left as they were.
        if ((intent is null || intent == before.Classification?.Intent) && (priority is null || priority == before.Priority.Level)) return new ActionOutcome(ActionStatus.Done, before);

        var messages = await store.GetMessagesAsync(conversationId, cancellationToken);
        var read = messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound && !string.IsNullOrWhiteSpace(m.Text));
        var now = time.GetUtcNow();
        // Kept first: a correction is the agent's judgement of that text even if the case changes under it.
        await corrections.AddAsync(new LabelCorrection($"{Guid.CreateVersion7(now):N}", before.Id, before.Platform, before.ChannelId, before.Classification?.Language,
            read?.Text ?? "", before.Classification?.Intent, intent, before.Priority.Level, priority, byId, now), cancellationToken);

        var updated = await updater.UpdateAsync(conversationId, c =>
        {
            var labels = new AgentLabels(intent ?? c.Labels?.Intent, priority ?? c.Labels?.Priority, byId, byName, now);
            return Task.FromResult<ConversationUpdater.Change?>(new(c with
            {
                Labels = labels,
                LeadSince = c.LeadSince ?? (intent == Intent.PurchaseIntent ? now : null),
                Classification = intent is { } i && c.Classification is { } classified ? classified with { Intent = i } : c.Classification,
                Priority = labels.Assessment ?? c.Priority,
            }));
        }, cancellationToken);
        if (updated is null) return ActionOutcome.Missing;

        var settlement = await router.SettleAsync(conversationId, cancellationToken);
        IReadOnlyList<Assignment> assigned = settlement?.Assigned is { } a ? [a] : [];
        await outbox.SendOwedAsync(assigned, cancellationToken);
        return new ActionOutcome(ActionStatus.Done, settlement?.Conversation ?? updated, Assignments: assigned);
    }
}
