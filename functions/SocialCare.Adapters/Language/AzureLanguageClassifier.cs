using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SocialCare.Core.Classification;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Language;

/// <summary>
/// Production classifier: intent, signals and priority reasons from the offline classifier, language and sentiment from
/// Azure AI Language. When the service fails or its circuit is open, the offline answer is returned as is
/// (<c>source: offline</c>), so the pipeline never waits on a slow or broken service.
/// </summary>
public sealed class AzureLanguageClassifier(
    AzureLanguageClient client,
    OfflineClassifier offline,
    ILogger<AzureLanguageClassifier> logger) : ITextClassifier
{
    public async ValueTask<Classification> ClassifyAsync(ClassificationInput input, CancellationToken cancellationToken)
    {
        var local = offline.Classify(input);
        if (string.IsNullOrWhiteSpace(input.Text)) return local;
        var (text, truncated) = DocumentTruncation.Cut(input.Text, AzureLanguageClient.MaxDocumentLength);
        if (truncated) LanguageLog.TextTruncated(logger, input.Text.Length, AzureLanguageClient.MaxDocumentLength);
        try
        {
            var service = await client.AnalyzeAsync(text, cancellationToken).ConfigureAwait(false);
            var priority = PriorityRules.Assess(local.Intent, service.Sentiment, local.Signals, input.AuthorFollowers, input.Text, offline.IntentModel);
            return local with
            {
                Language = service.Language,
                Sentiment = service.Sentiment,
                SentimentConfidence = service.SentimentConfidence,
                Priority = priority,
                Source = Classification.SourceAzureLanguage,
                TextTruncated = truncated,
            };
        }
        catch (Exception exception) when (IsServiceFailure(exception, cancellationToken))
        {
            // An open circuit is the expected answer while the service is down: no stack trace per message.
            if (exception is BrokenCircuitException) LanguageLog.CircuitOpen(logger);
            else LanguageLog.ServiceFailed(logger, (exception as LanguageServiceException)?.Status ?? 0, exception);
            return local;
        }
    }

    private static bool IsServiceFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        LanguageServiceException or HttpRequestException or System.Text.Json.JsonException or BrokenCircuitException or TimeoutRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
