using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Functions.Route;

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
        Assignment? assigned = null;
        Conversation? planned = null;
        var outcome = await recorder.RecordAsync(e, message.Classification, chooseTeam, cancellationToken,
            settle: async c =>
            {
                (planned, assigned) = await router.PlanSettlementAsync(c, cancellationToken);
                return planned;
            },
            note: m => m with { Notice = RoutingNotifications.KindFor(e, planned!, assigned) });
        var result = TriggerResult.Empty().Log($"recorded {e.EventId} on {outcome.Conversation.Id}{(outcome.Duplicate ? " (already recorded)" : "")}");
        if (e.Action != EventAction.Created) return result;

        // Recorded and settled in one write; a redelivery settles again, finishing what a crash may have cut short.
        Conversation? settled = outcome.Conversation;
        NotificationKind? kind;
        if (outcome.Duplicate)
        {
            (settled, assigned) = await router.SettleAsync(outcome.Conversation.Id, cancellationToken);
            // The kind the first delivery decided and stored with the event, not a new decision from the state that
            // delivery left behind (which would turn its "assigned" into a "new message" with another id). Only an
            // assignment this redelivery made itself is a new change, with its own id.
            var recorded = settled is null ? null : await store.GetMessageAsync(settled, e.RawEventId, cancellationToken);
            kind = assigned is not null ? NotificationKind.Assigned : recorded?.Notice ?? NotificationKind.NewMessage;
        }
        else
        {
            await router.SettledAsync(outcome.Conversation, assigned, cancellationToken);
            kind = RoutingNotifications.KindFor(e, outcome.Conversation, assigned);
        }
        if (e.FromBrand || settled is null || settled.Status == ConversationStatus.Resolved) return result;

        if (await afterHours.AnswerAsync(settled.Id, e, cancellationToken, message.Classification.Language) is not null) result.Log($"answered {e.EventId} after hours");
        // Emitted again on a redelivery with the same kind and id: Notify dedupes by the notification id, so a crash
        // between here and the send loses nothing and a redelivery sends nothing twice.
        var notify = kind == NotificationKind.Assigned && settled.Assignee is not null
            ? RoutingNotifications.Assigned(settled.Id, settled.Assignee, settled.AssignedAt, message.TraceParent, e)
            : RoutingNotifications.NewMessage(settled.Id, e, message.TraceParent);
        return result.Output("next", notify, CoreJson.Default.NotifyMessage);
    }
}
