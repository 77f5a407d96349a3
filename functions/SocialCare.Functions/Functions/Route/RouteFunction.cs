using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Core.Routing;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Functions.Route;

/// <summary>
/// route → notify: records the event on its conversation (team from the rules), settles priority, SLA clocks and the
/// owner, answers a private message that arrives after hours, and asks Notify to tell the new owner (Assigned) or the
/// team (NewMessage, while nobody owns it or for a message in an owned conversation).
/// </summary>
[FunctionName("Route")]
public sealed class RouteFunction(ConversationRecorder recorder, ConversationRouter router, AfterHoursReplier afterHours) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.ReadJson("message", CoreJson.Default.RouteMessage);
        var e = message.Event;
        var chooseTeam = await router.TeamChooserAsync(message.Classification, e.Platform, e.ChannelId, cancellationToken);
        Assignment? assigned = null;
        var outcome = await recorder.RecordAsync(e, message.Classification, chooseTeam, cancellationToken, settle: async c =>
        {
            (var planned, assigned) = await router.PlanSettlementAsync(c, cancellationToken);
            return planned;
        });
        var result = TriggerResult.Empty().Log($"recorded {e.EventId} on {outcome.Conversation.Id}{(outcome.Duplicate ? " (already recorded)" : "")}");
        if (e.Action != EventAction.Created) return result;

        // Recorded and settled in one write; a redelivery settles again, finishing what a crash may have cut short.
        Conversation? settled = outcome.Conversation;
        if (outcome.Duplicate) (settled, assigned) = await router.SettleAsync(outcome.Conversation.Id, cancellationToken);
        else await router.SettledAsync(outcome.Conversation, assigned, cancellationToken);
        if (e.FromBrand || settled is null || settled.Status == ConversationStatus.Resolved) return result;

        if (await afterHours.AnswerAsync(settled.Id, e, cancellationToken, message.Classification.Language) is not null) result.Log($"answered {e.EventId} after hours");
        // Emitted again on a redelivery: Notify dedupes by the notification id, so a crash between here and the send loses nothing.
        var notify = assigned is not null || (outcome.Created && settled.Assignee is not null)
            ? RoutingNotifications.Assigned(settled.Id, settled.Assignee!, settled.AssignedAt, message.TraceParent, e)
            : RoutingNotifications.NewMessage(settled.Id, e, message.TraceParent);
        return result.Output("next", notify, CoreJson.Default.NotifyMessage);
    }
}
