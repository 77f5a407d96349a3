using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Core.Classification;

namespace SocialCare.Functions.Triggers.ClassifyApi;

public sealed record ClassifyRequest([property: JsonPropertyName("items")] List<ClassifyRequestItem>? Items);

public sealed record ClassifyRequestItem(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("platform")] string? Platform,
    [property: JsonPropertyName("authorFollowers")] long? AuthorFollowers);

public sealed record ClassifyResponse([property: JsonPropertyName("items")] List<ClassifyResponseItem> Items);

public sealed record ClassifyResponseItem(
    string Id,
    string Language,
    Sentiment Sentiment,
    double SentimentConfidence,
    Intent Intent,
    IReadOnlyList<string> Signals,
    PriorityAssessment Priority,
    ModerationVerdict Moderation,
    string Source);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ClassifyRequest))]
[JsonSerializable(typeof(ClassifyResponse))]
public sealed partial class ClassifyApiJson : JsonSerializerContext;
