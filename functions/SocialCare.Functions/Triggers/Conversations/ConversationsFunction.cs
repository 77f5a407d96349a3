using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Conversations;

/// <summary>GET /api/conversations (newest first, filtered, paged) and GET /api/conversations/{id} with its messages.</summary>
[HandlesFunction("Conversations")]
public sealed class ConversationsFunction : IHttpFunction
{
    private static readonly string[] Statuses = ["open", "waiting", "resolved"];

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/conversations", ListAsync);
        routes.MapGet("/api/conversations/{id}", GetAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IConversationStore store, CancellationToken ct)
    {
        var q = request.Query;
        var limit = 50;
        if (q["limit"].FirstOrDefault() is { } l && (!int.TryParse(l, out limit) || limit is < 1 or > 200)) return Invalid("limit", "must be a whole number from 1 to 200");
        var status = q["status"].FirstOrDefault();
        if (status is not null && !Statuses.Contains(status)) return Invalid("status", "must be open, waiting or resolved");
        var query = new ConversationQuery(status, q["platform"].FirstOrDefault(), q["channelId"].FirstOrDefault(), q["customerId"].FirstOrDefault(), q["team"].FirstOrDefault(), q["assignee"].FirstOrDefault(), limit, q["continuationToken"].FirstOrDefault());
        var page = await store.ListAsync(query, ct);
        var items = new JsonArray([.. page.Items.Select(c => JsonSerializer.SerializeToNode(c, CoreJson.Default.Conversation))]);
        return Results.Json(new JsonObject { ["items"] = items, ["continuationToken"] = page.ContinuationToken });
    }

    private static async Task<IResult> GetAsync(string id, IConversationStore store, CancellationToken ct)
    {
        var found = await store.GetAsync(id, ct);
        if (found is null) return Problems.NotFound($"No conversation '{id}'.");
        var messages = await store.GetMessagesAsync(id, ct);
        var body = JsonSerializer.SerializeToNode(found.Value, CoreJson.Default.Conversation)!.AsObject();
        body["messages"] = JsonSerializer.SerializeToNode(messages.ToList(), CoreJson.Default.ListConversationMessage);
        return Results.Json(body);
    }

    private static IResult Invalid(string field, string reason) => Problems.Invalid(field, reason);
}
