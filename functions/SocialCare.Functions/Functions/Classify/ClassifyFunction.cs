using SocialCare.Core.Classification;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Functions.Classify;

/// <summary>classify → route: language, sentiment, intent, signals and priority for one event.</summary>
[FunctionName("Classify")]
public sealed class ClassifyFunction(ITextClassifier classifier) : ITriggerFunction
{
    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var message = invocation.ReadJson("message", CoreJson.Default.ClassifyMessage);
        var e = message.Event;
        var classification = await classifier.ClassifyAsync(new ClassificationInput(e.Text, e.Platform, e.Author.Followers, e.Kind), cancellationToken);
        return TriggerResult.Empty()
            .Output("next", new RouteMessage(RouteMessage.CurrentVersion, message.MessageId, e, classification, message.TraceParent), CoreJson.Default.RouteMessage)
            .Log($"classified {message.MessageId}: {classification.Intent}/{classification.Sentiment}");
    }
}
