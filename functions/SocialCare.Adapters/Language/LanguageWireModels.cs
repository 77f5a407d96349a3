using System.Text.Json.Serialization;

namespace SocialCare.Adapters.Language;

// Shapes of POST {endpoint}/language/:analyze-text (api-version 2024-11-01) that this client sends and reads.

internal sealed record AnalyzeTextRequest(string Kind, AnalyzeParameters Parameters, AnalysisInput AnalysisInput);

internal sealed record AnalyzeParameters(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? OpinionMining = null,
    string ModelVersion = "latest");

internal sealed record AnalysisInput(IReadOnlyList<InputDocument> Documents);

internal sealed record InputDocument(
    string Id,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language = null);

internal sealed record AnalyzeTextResponse<TDocument>(string Kind, AnalyzeResults<TDocument>? Results);

internal sealed record AnalyzeResults<TDocument>(IReadOnlyList<TDocument>? Documents, IReadOnlyList<DocumentError>? Errors, string? ModelVersion);

internal sealed record DocumentError(string Id, ServiceError? Error);

internal sealed record ServiceError(string? Code, string? Message);

internal sealed record SentimentDocument(string Id, string Sentiment, SentimentScores ConfidenceScores);

internal sealed record SentimentScores(double Positive, double Neutral, double Negative);

internal sealed record LanguageDocument(string Id, DetectedLanguage DetectedLanguage);

internal sealed record DetectedLanguage(string? Name, string? Iso6391Name, double ConfidenceScore);
