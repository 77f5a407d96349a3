using SocialCare.Core.Messages;
using SocialCare.Core.Notifications;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Notify;

/// <summary>
/// notify: works out the notice and who gets it, then sends it to each target once (Teams card and/or email).
/// A failed target fails the invocation after the others were sent, so the queue retries only what is missing.
/// A delivered assignment notice is cleared from its conversation's outbox (<see cref="AssignmentOutbox"/>).
/// </summary>
[HandlesFunction("Notify")]
public sealed class NotifyFunction(NoticeComposer composer, NoticeDelivery delivery, AssignmentOutbox outbox) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.ReadJson("message", CoreJson.Default.NotifyMessage);
        var planned = await composer.ComposeAsync(message, cancellationToken);
        var outcome = await delivery.DeliverAsync(planned, cancellationToken);
        await outbox.MarkSentAsync(message, cancellationToken);
        return TriggerResult.Empty().Log($"{message.NotificationId} as {planned.NotificationId}: {outcome.Sent} sent, {outcome.AlreadySent} already sent");
    }
}
