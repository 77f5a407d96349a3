using SocialCare.Core.Agents;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Triggers.ConversationActions;

/// <summary>
/// POST /api/conversations/{id}/reply {"agentId","text","force"?,"inReplyTo"?,"private"?}, …/resolve, …/reopen, …/assign {"agentId"},
/// …/moderate {"action":"hide|unhide|delete|block","reason"?,"messageId"?,"agentId"?}; PUT …/labels
/// {"intent"?,"priority"?,"agentId"?} corrects the classifier (kept as a training example with who and when).
/// reply and moderate publish, and take an <c>Idempotency-Key</c> header (<see cref="IdempotentActions"/>).
/// </summary>
[HandlesFunction("ConversationActions")]
public sealed class ConversationActionsFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/conversations/{id}/reply", ReplyAsync);
        routes.MapPost("/api/conversations/{id}/resolve", ResolveAsync);
        routes.MapPost("/api/conversations/{id}/reopen", async (string id, AgentActions actions, CancellationToken ct) => ActionResults.For(await actions.ReopenAsync(id, ct)));
        routes.MapPost("/api/conversations/{id}/assign", AssignAsync);
        routes.MapPost("/api/conversations/{id}/moderate", ModerateAsync);
        routes.MapPut("/api/conversations/{id}/labels", LabelsAsync);
    }

    private static Task<IResult> ReplyAsync(string id, HttpRequest request, AgentActions actions, IdempotentActions idempotent, CancellationToken ct) =>
        idempotent.RunAsync(request.HttpContext, "reply", id, async key =>
        {
            var (body, error) = await JsonBody.ReadAsync(request, ActionJson.Default.ReplyRequest, ct);
            if (error is not null) return error;
            if (string.IsNullOrWhiteSpace(body!.AgentId)) return Problems.Invalid("agentId", "is required");
            return ActionResults.For(await actions.ReplyAsync(id, body.AgentId, body.Text ?? "", body.Force, ct, key, body.InReplyTo, body.Private));
        }, ct);

    private static async Task<IResult> ResolveAsync(string id, AgentActions actions, CancellationToken ct) => ActionResults.For(await actions.ResolveAsync(id, ct));

    private static async Task<IResult> AssignAsync(string id, HttpRequest request, AgentActions actions, CancellationToken ct)
    {
        var (body, error) = await JsonBody.ReadAsync(request, ActionJson.Default.AssignRequest, ct);
        if (error is not null) return error;
        if (string.IsNullOrWhiteSpace(body!.AgentId)) return Problems.Invalid("agentId", "is required");
        return ActionResults.For(await actions.AssignAsync(id, body.AgentId, ct));
    }

    private static async Task<IResult> LabelsAsync(string id, HttpRequest request, LabelCorrector corrector, Core.Routing.IRoutingDirectory directory, CancellationToken ct)
    {
        var (body, error) = await JsonBody.ReadAsync(request, ActionJson.Default.LabelsRequest, ct);
        if (error is not null) return error;
        Core.Classification.Intent? intent = null;
        if (body!.Intent is { } name)
        {
            if (Workspace.Labels.Parse<Core.Classification.Intent>(name) is not { } parsed) return Problems.Invalid("intent", $"must be one of {string.Join(", ", Workspace.Labels.All<Core.Classification.Intent>())}");
            intent = parsed;
        }
        var (byId, byName) = (LabelCorrector.ApiAuthor, "the API");
        if (body.AgentId is { } agentId)
        {
            if (await directory.GetAgentAsync(agentId, ct) is not { } agent) return Problems.Invalid("agentId", $"names unknown agent '{agentId}'");
            (byId, byName) = (agent.Id, agent.Name);
        }
        return ActionResults.For(await corrector.CorrectAsync(id, intent, body.Priority, byId, byName, ct));
    }

    private static Task<IResult> ModerateAsync(string id, HttpRequest request, AgentActions actions, IdempotentActions idempotent, CancellationToken ct) =>
        idempotent.RunAsync(request.HttpContext, "moderate", id, async key =>
        {
            var (body, error) = await JsonBody.ReadAsync(request, ActionJson.Default.ModerateRequest, ct);
            if (error is not null) return error;
            return ActionResults.For(await actions.ModerateAsync(id, body!.Action ?? "", body.MessageId, body.AgentId, body.Reason, ct, key));
        }, ct);
}
