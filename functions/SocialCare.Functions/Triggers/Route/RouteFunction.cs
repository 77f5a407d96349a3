using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Route;

/// <summary>
/// route → notify: records the event on its conversation (team from the rules), settles priority, SLA clocks and the
/// owner, answers a private message that arrives after hours, and asks Notify to tell the new owner (Assigned) or the
/// team (NewMessage, while nobody owns it or for a message in an owned conversation).
/// </summary>
[HandlesFunction("Route")]
public sealed class RouteFunction(ConversationRecorder recorder, ConversationRouter router, AfterHoursReplier afterHours, IConversationStore store) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.ReadJson("message", CoreJson.Default.RouteMessage);
        var e = message.Event;
        var chooseTeam = await router.TeamChooserAsync(message.Classification, e.Platform, e.ChannelId, cancellationToken);
        var outcome = await recorder.RecordAsync(new Recording(e, message.Classification, chooseTeam) { Settle = router.PlanAsync }, cancellationToken);
        var result = TriggerResult.Empty().Log($"recorded {e.EventId} on {outcome.Conversation.Id}{(outcome.Duplicate ? " (already recorded)" : "")}");
        if (e.Action != EventAction.Created) return result;

        // Recorded and settled in one write; a redelivery settles again, finishing what a crash may have cut short.
        var (settled, kind) = outcome.Duplicate
            ? await SettleRedeliveryAsync(e, outcome.Conversation.Id, cancellationToken)
            : await StoredAsync(e, outcome, cancellationToken);
        if (e.FromBrand || settled is null || settled.Status == ConversationStatus.Resolved) return result;

        if (await afterHours.AnswerAsync(settled.Id, e, cancellationToken, message.Classification.Language) is not null) result.Log($"answered {e.EventId} after hours");
        // Emitted again on a redelivery with the same kind and id: Notify dedupes by the notification id, so a crash
        // between here and the send loses nothing and a redelivery sends nothing twice.
        var notify = kind == NotificationKind.Assigned && settled.Assignee is not null
            ? NotifyMessages.Assigned(settled.Id, settled.Assignee, settled.AssignedAt, message.TraceParent, e)
            : NotifyMessages.NewMessage(settled.Id, e, message.TraceParent);
        return result.Output("next", notify, CoreJson.Default.NotifyMessage);
    }

    private async Task<(Conversation? Settled, NotificationKind? Kind)> StoredAsync(InboundEvent e, RecordOutcome outcome, CancellationToken cancellationToken)
    {
        await router.OnStoredAsync(new Settlement(outcome.Conversation, outcome.Assigned), cancellationToken);
        return (outcome.Conversation, NotifyMessages.KindFor(e, outcome.Conversation, outcome.Assigned));
    }

    private async Task<(Conversation? Settled, NotificationKind? Kind)> SettleRedeliveryAsync(InboundEvent e, string conversationId, CancellationToken cancellationToken)
    {
        var settlement = await router.SettleAsync(conversationId, cancellationToken);
        if (settlement is null) return (null, null);
        // The kind the first delivery decided and stored with the event, not a new decision from the state that
        // delivery left behind (which would turn its "assigned" into a "new message" with another id). Only an
        // assignment this redelivery made itself is a new change, with its own id.
        if (settlement.Assigned is not null) return (settlement.Conversation, NotificationKind.Assigned);
        var recorded = await store.GetMessageAsync(settlement.Conversation, e.RawEventId, cancellationToken);
        return (settlement.Conversation, recorded?.Notice ?? NotificationKind.NewMessage);
    }
}
