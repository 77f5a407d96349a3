using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Language;

/// <summary>
/// Calls <c>POST {endpoint}/language/:analyze-text</c>: LanguageDetection, then SentimentAnalysis (opinion mining on)
/// with the detected language. A non-success answer (after the pipeline's retries) throws <see cref="RequestFailedException"/>.
/// </summary>
public sealed class AzureLanguageClient(HttpPipeline pipeline, Uri endpoint)
{
    /// <summary>The service's limit on one document, in characters.</summary>
    public const int MaxDocumentLength = 5_120;

    public async Task<LanguageServiceResult> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        var detection = await SendAsync(
            new AnalyzeTextRequest("LanguageDetection", new AnalyzeParameters(), new AnalysisInput([new InputDocument("1", text)])),
            LanguageJsonContext.Default.AnalyzeTextResponseLanguageDocument, cancellationToken);
        var iso = detection.DetectedLanguage.Iso6391Name;
        var language = iso is "pl" or "ru" or "en" ? iso : "other";
        var sentiment = await SendAsync(
            new AnalyzeTextRequest("SentimentAnalysis", new AnalyzeParameters(OpinionMining: true),
                new AnalysisInput([new InputDocument("1", text, iso is null or "(Unknown)" ? null : iso)])),
            LanguageJsonContext.Default.AnalyzeTextResponseSentimentDocument, cancellationToken);
        var label = ParseSentiment(sentiment.Sentiment);
        return new LanguageServiceResult(language, label, Math.Round(Confidence(label, sentiment.ConfidenceScores), 2));
    }

    private async Task<TDocument> SendAsync<TDocument>(AnalyzeTextRequest body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<AnalyzeTextResponse<TDocument>> typeInfo, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(endpoint);
        request.Uri.AppendPath("/language/:analyze-text", escape: false);
        request.Uri.AppendQuery("api-version", LanguageClientOptions.ApiVersion);
        request.Headers.Add("Content-Type", "application/json");
        request.Headers.Add("Accept", "application/json");
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, LanguageJsonContext.Default.AnalyzeTextRequest));
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError) throw new RequestFailedException(response);
        var parsed = JsonSerializer.Deserialize(response.Content.ToMemory().Span, typeInfo);
        var results = parsed?.Results ?? throw new RequestFailedException(response.Status, "Language response without results");
        if (results.Documents is { Count: > 0 } documents) return documents[0];
        var error = results.Errors is { Count: > 0 } errors ? errors[0].Error : null;
        throw new RequestFailedException(response.Status, $"Language rejected the document: {error?.Code}", error?.Code, null);
    }

    private static Sentiment ParseSentiment(string value) => value switch
    {
        "positive" => Sentiment.Positive,
        "negative" => Sentiment.Negative,
        "mixed" => Sentiment.Mixed,
        _ => Sentiment.Neutral,
    };

    private static double Confidence(Sentiment label, SentimentScores scores) => label switch
    {
        Sentiment.Positive => scores.Positive,
        Sentiment.Negative => scores.Negative,
        Sentiment.Neutral => scores.Neutral,
        _ => Math.Min(scores.Positive, scores.Negative) + Math.Abs(scores.Positive - scores.Negative) / 2,
    };
}
