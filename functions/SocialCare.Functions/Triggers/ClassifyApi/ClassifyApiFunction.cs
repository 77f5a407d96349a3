using System.Text.Json;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Events;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Webhooks;

namespace SocialCare.Functions.Triggers.ClassifyApi;

/// <summary>
/// POST /api/classify: up to 100 texts classified as the pipeline would, with the house-rules verdict for a public
/// comment (default rules, no history).
/// </summary>
[HandlesFunction("ClassifyApi")]
public sealed class ClassifyApiFunction : IHttpFunction
{
    public const int MaxItems = 100;
    public const int MaxTextLength = 20_000;
    private const long MaxBodyBytes = 4 * 1024 * 1024;

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost("/api/classify", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpRequest request, ITextClassifier classifier, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.");
        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null) return Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.");
        ClassifyRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(body.Value.Span, ClassifyApiJson.Default.ClassifyRequest);
        }
        catch (JsonException)
        {
            return Problems.Invalid("body", "must be JSON {\"items\":[{\"id\",\"text\",\"platform\"?,\"authorFollowers\"?}]}");
        }
        var items = parsed?.Items;
        if (items is null || items.Count == 0) return Problems.Invalid("items", "must hold at least one item");
        if (items.Count > MaxItems) return Problems.Invalid("items", $"holds {items.Count}; at most {MaxItems} per request");
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrEmpty(items[i].Id)) return Problems.Invalid($"items[{i}].id", "is required");
            if (items[i].Text is null) return Problems.Invalid($"items[{i}].text", "is required");
            if (items[i].Text!.Length > MaxTextLength) return Problems.Invalid($"items[{i}].text", $"is longer than {MaxTextLength} characters");
            if (items[i].AuthorFollowers < 0) return Problems.Invalid($"items[{i}].authorFollowers", "must not be negative");
        }

        var results = new List<ClassifyResponseItem>(items.Count);
        foreach (var item in items)
        {
            var c = await classifier.ClassifyAsync(new ClassificationInput(item.Text!, item.Platform, item.AuthorFollowers, EventKind.Comment), ct);
            var moderation = ModerationPolicy.Decide(c, EventKind.Comment, ModerationRules.Default, priorAbusiveInWindow: 0);
            results.Add(new ClassifyResponseItem(item.Id!, c.Language, c.Sentiment, c.SentimentConfidence, c.Intent, c.Signals, c.Priority, moderation, c.Source));
        }
        return Results.Json(new ClassifyResponse(results), ClassifyApiJson.Default.ClassifyResponse);
    }

}
