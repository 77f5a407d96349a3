using Microsoft.Extensions.Options;
using SocialCare.Core.Conversations;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Pipeline;

namespace SocialCare.Functions.Functions.Route;

/// <summary>route → notify: records the event on its conversation and asks for a notification about new customer messages.</summary>
[FunctionName("Route")]
public sealed class RouteFunction(ConversationRecorder recorder, IOptions<RoutingOptions> options) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.ReadJson("message", CoreJson.Default.RouteMessage);
        var e = message.Event;
        var outcome = await recorder.RecordAsync(e, message.Classification, _ => options.Value.DefaultTeam, cancellationToken);
        var result = TriggerResult.Empty().Log($"recorded {e.EventId} on {outcome.Conversation.Id}{(outcome.Duplicate ? " (already recorded)" : "")}");
        // Emitted again on a redelivery: Notify dedupes by the notification id, so a crash between here and the send loses nothing.
        if (e.Action == EventAction.Created && !e.FromBrand)
        {
            result.Output("next", new NotifyMessage(NotifyMessage.CurrentVersion, $"new:{e.EventId}", NotificationKind.NewMessage, outcome.Conversation.Id, e.EventId, TraceParent: message.TraceParent), CoreJson.Default.NotifyMessage);
        }
        return result;
    }
}
