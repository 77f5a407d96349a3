using SocialCare.Core.Classification;
using SocialCare.Core.Ports;
using SocialCare.Core.Replies;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Triggers.Replies;

/// <summary>
/// The brand's saved replies: GET /api/replies?language=&amp;intent= (those for that language and intent; a reply saved
/// for no intent fits any), PUT/GET/DELETE /api/replies/{id} with {"title","language","text","intents":[…]}.
/// </summary>
[HandlesFunction("Replies")]
public sealed class RepliesFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/replies", ListAsync);
        routes.MapGet("/api/replies/{id}", GetAsync);
        routes.MapPut("/api/replies/{id}", PutAsync);
        routes.MapDelete("/api/replies/{id}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(string? language, string? intent, ISavedReplies replies, CancellationToken ct)
    {
        if (language is not null && !SavedReplyValidator.Languages.Contains(language)) return Problems.Invalid("language", "must be one of pl, ru, en");
        var wanted = IntentNames.Parse(intent);
        if (intent is not null && wanted is null) return Problems.Invalid("intent", $"'{intent}' is not an intent ({string.Join(", ", IntentNames.All)})");
        var found = (await replies.ListAsync(ct))
            .Where(r => language is null || r.Language == language)
            .Where(r => wanted is null || r.Intents.Count == 0 || r.Intents.Contains(wanted.Value))
            .OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return Results.Json(found, ReplyJson.Default.ListSavedReply);
    }

    private static async Task<IResult> GetAsync(string id, ISavedReplies replies, CancellationToken ct) =>
        await replies.GetAsync(id, ct) is { } reply ? Results.Json(reply, ReplyJson.Default.SavedReply) : Problems.NotFound($"No saved reply '{id}'.");

    private static async Task<IResult> PutAsync(string id, HttpRequest request, ISavedReplies replies, TimeProvider time, CancellationToken ct)
    {
        var (body, error) = await JsonBody.ReadAsync(request, ReplyJson.Default.SavedReplyBody, ct);
        if (error is not null) return error;
        var (reply, field, reason) = SavedReplyValidator.From(id, body!, time.GetUtcNow());
        if (reply is null) return Problems.Invalid(field!, reason!);
        await replies.PutAsync(reply, ct);
        return Results.Json(reply, ReplyJson.Default.SavedReply);
    }

    private static async Task<IResult> DeleteAsync(string id, ISavedReplies replies, CancellationToken ct) =>
        await replies.DeleteAsync(id, ct) ? Results.NoContent() : Problems.NotFound($"No saved reply '{id}'.");
}
