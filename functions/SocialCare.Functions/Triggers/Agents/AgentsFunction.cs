using SocialCare.Core.Notifications;
using SocialCare.Core.Routing;
using SocialCare.Functions.Triggers.SupportTeams;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;
using SocialCare.Core.Agents;

namespace SocialCare.Functions.Triggers.Agents;

/// <summary>
/// GET /api/agents[?team=], PUT/GET/DELETE /api/agents/{agentId}. An agent put online (or with capacity to spare)
/// takes waiting conversations of their teams at once: highest priority, then oldest.
/// </summary>
[HandlesFunction("Agents")]
public sealed class AgentsFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/agents", ListAsync);
        routes.MapGet("/api/agents/{agentId}", GetAsync);
        routes.MapPut("/api/agents/{agentId}", PutAsync);
        routes.MapDelete("/api/agents/{agentId}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(string? team, IRoutingDirectory directory, CancellationToken ct) =>
        Results.Json((await directory.ListAgentsAsync(string.IsNullOrEmpty(team) ? null : team, ct)).ToList(), RoutingJson.Default.ListAgent);

    private static async Task<IResult> GetAsync(string agentId, IRoutingDirectory directory, CancellationToken ct) =>
        await directory.GetAgentAsync(agentId, ct) is { } agent
            ? Results.Json(agent, RoutingJson.Default.Agent)
            : Problems.NotFound($"No agent '{agentId}'.");

    private static async Task<IResult> PutAsync(string agentId, HttpRequest request, IRoutingDirectory directory, AgentActions actions, TeamsWebhookUrlPolicy webhooks, CancellationToken ct)
    {
        if (!SupportTeamsFunction.IsId(agentId)) return Problems.Invalid("agentId", "may hold only letters, digits, '-' and '_' (1–64)");
        var (body, error) = await JsonBody.ReadAsync(request, RoutingJson.Default.Agent, ct);
        if (error is not null) return error;
        var agent = body! with { Id = agentId, Teams = body.Teams ?? [], Languages = body.Languages ?? [] };
        if (RoutingValidator.Agent(agent, await KnownTeams.ListAsync(directory, ct), webhooks) is { } invalid) return Problems.Invalid(invalid.Field, invalid.Message);
        await directory.PutAgentAsync(agent, ct);
        await actions.TakeBacklogAsync(agent, ct);
        return Results.Json(agent, RoutingJson.Default.Agent);
    }

    private static async Task<IResult> DeleteAsync(string agentId, IRoutingDirectory directory, CancellationToken ct) =>
        await directory.DeleteAgentAsync(agentId, ct) ? Results.NoContent() : Problems.NotFound($"No agent '{agentId}'.");
}
