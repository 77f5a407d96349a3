using SocialCare.Core.Replies;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Suggestions;

/// <summary>
/// GET /api/conversations/{id}/suggestions?agentId=: up to three answers in the conversation's language, each
/// {"text","language","kind","source"}, signed with the name of <c>agentId</c> (default: the owner).
/// </summary>
[HandlesFunction("Suggestions")]
public sealed class SuggestionsFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes) => routes.MapGet("/api/conversations/{id}/suggestions",
        async (string id, string? agentId, ReplyAssistant assistant, CancellationToken ct) =>
            await assistant.SuggestAsync(id, agentId, ct) is { } suggestions
                ? Results.Json(new SuggestionsView(suggestions), SuggestionsJson.Default.SuggestionsView)
                : Problems.NotFound($"No conversation '{id}'."));
}

public sealed record SuggestionsView(IReadOnlyList<Suggestion> Suggestions);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(SuggestionsView))]
public sealed partial class SuggestionsJson : System.Text.Json.Serialization.JsonSerializerContext;
