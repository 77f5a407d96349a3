using System.Text.Json.Nodes;
using SocialCare.Core.Drafts;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Triggers.Drafts;

/// <summary>
/// POST /api/drafts/check {"conversationId","text","public"?}: the service rules a draft reply breaks, as
/// {"findings":[{"code","message","span":[start,length],"blocks"}]}; "public" defaults to how the thread is
/// (a comment is answered in public, a private message in private).
/// </summary>
[HandlesFunction("Drafts")]
public sealed class DraftsFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) => routes.MapPost("/api/drafts/check", CheckAsync);

    private static async Task<IResult> CheckAsync(HttpRequest request, DraftReview review, CancellationToken ct)
    {
        var (body, error) = await JsonBody.ReadAsync(request, DraftsJson.Default.DraftCheckRequest, ct);
        if (error is not null) return error;
        if (string.IsNullOrWhiteSpace(body!.ConversationId)) return Problems.Invalid("conversationId", "is required");
        if (body.Text is null) return Problems.Invalid("text", "is required");
        if (body.Text.Length > DraftCheckRequest.MaxText) return Problems.Invalid("text", $"is longer than {DraftCheckRequest.MaxText} characters");
        var findings = await review.CheckAsync(body.ConversationId, body.Text, body.Public, ct);
        return findings is null ? Problems.NotFound($"No conversation '{body.ConversationId}'.") : Results.Json(Body(findings));
    }

    public static JsonObject Body(IReadOnlyList<DraftFinding> findings) => new()
    {
        ["findings"] = new JsonArray([.. findings.Select(f => (JsonNode)new JsonObject
        {
            ["code"] = f.Code,
            ["message"] = f.Message,
            ["span"] = new JsonArray(f.Start, f.Length),
            ["blocks"] = f.Blocks,
        })]),
    };
}

public sealed record DraftCheckRequest(string? ConversationId, string? Text, bool? Public)
{
    /// <summary>Longer than any platform takes; a bound on what one check reads.</summary>
    public const int MaxText = 70_000;
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(DraftCheckRequest))]
public sealed partial class DraftsJson : System.Text.Json.Serialization.JsonSerializerContext;
