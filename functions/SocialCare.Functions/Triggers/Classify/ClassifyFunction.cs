using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Crisis;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Classify;

/// <summary>
/// classify → route (+ notify): language, sentiment, intent, signals and priority for one event; the channel's house
/// rules (carried out through the platform publisher in mode "act"); crisis detection, whose episode changes go to notify.
/// </summary>
[HandlesFunction("Classify")]
public sealed class ClassifyFunction(ITextClassifier classifier, CommentModerator moderator, CrisisDetector crisis) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.ReadJson("message", CoreJson.Default.ClassifyMessage);
        var e = message.Event;
        var classified = await classifier.ClassifyAsync(new ClassificationInput(e.Text, e.Platform, e.Author.Followers, e.Kind), cancellationToken);
        var classification = classified with { Moderation = await moderator.ModerateAsync(e, classified, cancellationToken) };
        var alerts = await crisis.ObserveAsync(e, classification, message.TraceParent, invocation.DeliveryCount > 1, cancellationToken);
        var result = TriggerResult.Empty()
            .Output("next", new RouteMessage(RouteMessage.CurrentVersion, message.MessageId, e, classification, message.TraceParent), CoreJson.Default.RouteMessage)
            .Log($"classified {message.MessageId}: {classification.Intent}/{classification.Sentiment}, moderation {classification.Moderation?.Action ?? "none"}");
        if (alerts.Count > 0) result.OutputMany("notify", alerts, CoreJson.Default.NotifyMessage).Log($"crisis: {string.Join(", ", alerts.Select(a => a.NotificationId))}");
        return result;
    }
}
