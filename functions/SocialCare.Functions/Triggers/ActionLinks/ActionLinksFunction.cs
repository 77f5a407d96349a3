using SocialCare.Adapters.Links;
using SocialCare.Core.Agents;
using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Routing;

namespace SocialCare.Functions.Triggers.ActionLinks;

/// <summary>
/// GET /api/actions/{claim|resolve}?c=&amp;a=&amp;e=&amp;s= shows a confirmation page; its form POSTs to the same URL,
/// which acts. The signature is the authorization: tampered or expired links get 403.
/// </summary>
[HandlesFunction("ActionLinks")]
public sealed class ActionLinksFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/actions/{action}", ShowAsync);
        routes.MapPost("/api/actions/{action}", ActAsync);
    }

    private static async Task<IResult> ShowAsync(string action, HttpRequest request, SignedActionLinks links, IConversationStore store, IRoutingDirectory directory, CancellationToken ct)
    {
        if (Refusal(action, request, links) is { } refused) return refused;
        var id = request.Query["c"].ToString();
        var found = await store.GetAsync(id, ct);
        if (found is null) return Html(ActionPage.Refused("The conversation no longer exists."), StatusCodes.Status404NotFound);
        var messages = await store.GetMessagesAsync(id, ct);
        var last = messages.LastOrDefault(m => m.Direction == MessageDirection.Inbound);
        var chooseFrom = action == SignedActionLinks.ClaimAction && string.IsNullOrEmpty(request.Query["a"].FirstOrDefault())
            ? await directory.ListAgentsAsync(found.Value.Team, ct)
            : null;
        return Html(ActionPage.Confirm(action, found.Value, last, request.Path + request.QueryString, chooseFrom), StatusCodes.Status200OK);
    }

    private static async Task<IResult> ActAsync(string action, HttpRequest request, SignedActionLinks links, AgentActions actions, CancellationToken ct)
    {
        if (Refusal(action, request, links) is { } refused) return refused;
        var id = request.Query["c"].ToString();
        // A team card's claim link names no agent: the page's form says who claims.
        var agentId = request.Query["a"].FirstOrDefault() is { Length: > 0 } named ? named : request.HasFormContentType ? (await request.ReadFormAsync(ct))["agentId"].FirstOrDefault() : null;
        ActionOutcome outcome;
        if (action == SignedActionLinks.ClaimAction)
        {
            if (string.IsNullOrEmpty(agentId)) return Html(ActionPage.Refused("This claim link names no agent."), StatusCodes.Status400BadRequest);
            outcome = await actions.AssignAsync(id, agentId, ct);
        }
        else
        {
            outcome = await actions.ResolveAsync(id, ct);
        }
        return outcome.Status == ActionStatus.Done
            ? Html(ActionPage.Done(action, outcome.Conversation!), StatusCodes.Status200OK)
            : Html(ActionPage.Refused(outcome.Detail ?? "The conversation no longer exists."), outcome.Status == ActionStatus.NotFound ? 404 : 400);
    }

    private static IResult? Refusal(string action, HttpRequest request, SignedActionLinks links)
    {
        if (action is not (SignedActionLinks.ClaimAction or SignedActionLinks.ResolveAction)) return Html(ActionPage.Refused("Unknown action."), StatusCodes.Status404NotFound);
        var q = request.Query;
        return links.Check(action, q["c"].FirstOrDefault(), q["a"].FirstOrDefault(), q["e"].FirstOrDefault(), q["s"].FirstOrDefault()) switch
        {
            LinkCheck.Valid => null,
            LinkCheck.Expired => Html(ActionPage.Refused("This link has expired."), StatusCodes.Status403Forbidden),
            _ => Html(ActionPage.Refused("This link is not valid."), StatusCodes.Status403Forbidden),
        };
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
