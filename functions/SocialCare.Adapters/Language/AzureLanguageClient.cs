using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Language;

/// <summary>
/// Calls <c>POST {endpoint}/language/:analyze-text</c>: LanguageDetection, then SentimentAnalysis (opinion mining on)
/// with the detected language, on an HttpClient whose resilience handler retries, times out and breaks the circuit.
/// A non-success answer (after the retries) throws <see cref="LanguageServiceException"/>.
/// </summary>
public sealed class AzureLanguageClient(HttpClient http)
{
    public const string ApiVersion = "2024-11-01";
    private static readonly Uri AnalyzePath = new($"language/:analyze-text?api-version={ApiVersion}", UriKind.Relative);

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

    private async Task<TDocument> SendAsync<TDocument>(AnalyzeTextRequest body, JsonTypeInfo<AnalyzeTextResponse<TDocument>> typeInfo, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, LanguageJsonContext.Default.AnalyzeTextRequest));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(AnalyzePath, content, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode) throw new LanguageServiceException($"Language answered {status}", status);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var parsed = JsonSerializer.Deserialize(bytes, typeInfo);
        var results = parsed?.Results ?? throw new LanguageServiceException("Language response without results", status);
        if (results.Documents is { Count: > 0 } documents) return documents[0];
        var error = results.Errors is { Count: > 0 } errors ? errors[0].Error : null;
        throw new LanguageServiceException($"Language rejected the document: {error?.Code}", status);
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
