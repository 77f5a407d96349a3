using Microsoft.AspNetCore.Antiforgery;
using SocialCare.Core.Agents;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Workspace;
using SocialCare.Functions.Workspace.Identity;
using SocialCare.Functions.Workspace.Inbox;
using SocialCare.Functions.Workspace.Pages;
using SocialCare.Functions.Workspace.Thread;

namespace SocialCare.Functions.Triggers.Inbox;

/// <summary>
/// The agent workspace: GET /inbox (the list), /inbox/rows (the list alone, polled by htmx), /inbox/conversations/{id}
/// (one case), /inbox/conversations/{id}/presence (who else has it open, polled by htmx), POST /inbox/conversations/{id}/check
/// (the composer's draft checks, while typing), GET /inbox/conversations/{id}/replies?q= (saved replies found by "/"), POST /inbox/conversations/{id}/{action} (reply, note, claim, handover, escalate, wait, resolve, reopen, labels, moderate),
/// /inbox/team (the supervisor's screen), /inbox/reports (the supervisor's reports, with their charts and CSV under /inbox/reports/{file}), POST /inbox/me/availability (online / offline) and /inbox/assets/{file}. Anonymous to the Functions host: the page itself asks for a session, and every action takes
/// the agent from the signed-in identity, never from the form.
/// </summary>
[HandlesFunction("Inbox")]
public sealed partial class InboxFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/inbox", ListAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapGet("/inbox/rows", RowsAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapGet("/inbox/conversations/{id}", ConversationAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapGet("/inbox/conversations/{id}/presence", PresenceAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapPost("/inbox/conversations/{id}/check", CheckAsync).AddEndpointFilter(SecurityHeaders).DisableAntiforgery();
        routes.MapGet("/inbox/conversations/{id}/replies", SavedRepliesAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapPost("/inbox/conversations/{id}/{action}", ActAsync).AddEndpointFilter(SecurityHeaders).DisableAntiforgery();
        routes.MapGet("/inbox/team", TeamAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapGet("/inbox/reports", ReportsAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapGet("/inbox/reports/{file}", ReportFileAsync).AddEndpointFilter(SecurityHeaders);
        routes.MapPost("/inbox/me/availability", AvailabilityAsync).AddEndpointFilter(SecurityHeaders).DisableAntiforgery();
        routes.MapGet("/inbox/assets/{file}", Asset);
    }

    // An agent goes online or offline themselves; coming online takes waiting cases of their teams, as the agents API does.
    private static async Task<IResult> AvailabilityAsync(HttpContext http, WorkspaceSession session, IAntiforgery antiforgery, Core.Routing.IRoutingDirectory directory,
        AgentActions actions, ILogger<InboxFunction> logger, CancellationToken ct)
    {
        var (user, refusal) = await session.RequireAsync(http, ct);
        if (user is null) return refusal!;
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            LogFormRefused(logger, "availability", user.Id);
            return Page.FormRefused();
        }
        var form = await http.Request.ReadFormAsync(ct);
        var online = form["online"].FirstOrDefault() == "true";
        var agent = user.Agent with { Online = online };
        await directory.PutAgentAsync(agent, ct);
        if (online) await actions.TakeBacklogAsync(agent, ct);
        return Results.Redirect("/inbox");
    }

    private static async Task<IResult> ListAsync(HttpContext http, WorkspaceSession session, InboxLister lister, ITeamDirectory directory, IAntiforgery antiforgery, TimeProvider time, CancellationToken ct)
    {
        var (user, refusal) = await session.RequireAsync(http, ct);
        if (user is null) return refusal!;
        if (ViewOf(http, user) is not { } view)
        {
            return Page.Of<Notice>(StatusCodes.Status404NotFound, new { Title = "No such view", Message = "This view does not exist or is for supervisors.", User = user, Next = ((string, string)?)("/inbox", "Back to the inbox") });
        }
        var filter = InboxFilter.From(http.Request.Query);
        var rows = await lister.ListAsync(user, view, filter, ct);
        var teams = user.IsSupervisor ? [.. (await directory.ListTeamsAsync(ct)).Select(t => t.Id)] : user.Agent.Teams;
        return Page.Of<InboxPage>(new { User = user, View = view, Filter = filter, Rows = rows, Teams = teams, Now = time.GetUtcNow(), Antiforgery = antiforgery.GetAndStoreTokens(http) });
    }

    private static async Task<IResult> RowsAsync(HttpContext http, WorkspaceSession session, InboxLister lister, TimeProvider time, CancellationToken ct)
    {
        var (user, _) = await session.RequireAsync(http, ct);
        // A poll after the session ended: htmx stops polling on 286 instead of swapping a sign-in page into the list.
        if (user is null) return Results.StatusCode(286);
        var view = ViewOf(http, user) ?? InboxView.Mine;
        var filter = InboxFilter.From(http.Request.Query);
        return Page.Of<InboxRows>(new { Rows = await lister.ListAsync(user, view, filter, ct), Now = time.GetUtcNow(), View = view, Filter = filter });
    }

    // The view the query names, if it exists and is this person's to see.
    private static InboxView? ViewOf(HttpContext http, WorkspaceUser user) =>
        InboxViews.Parse(http.Request.Query["view"].FirstOrDefault()) is { } view && InboxViews.For(user.IsSupervisor).Contains(view) ? view : null;

    private static async Task<IResult> ConversationAsync(string id, HttpContext http, WorkspaceSession session, ThreadReader reader, CancellationToken ct)
    {
        var (user, refusal) = await session.RequireAsync(http, ct);
        if (user is null) return refusal!;
        var notice = http.Request.Query["done"].FirstOrDefault() is { } done ? new ThreadNotice(ThreadNoticeKind.Done, DoneText(done)) : null;
        return await ShowAsync(http, reader, user, id, notice, null, StatusCodes.Status200OK, ct);
    }

    // The page's heartbeat: 286 (htmx stops polling) once the session ended or the case is no longer this agent's to see.
    private static async Task<IResult> PresenceAsync(string id, HttpContext http, WorkspaceSession session, Collision collision, TimeProvider time, CancellationToken ct)
    {
        var (user, _) = await session.RequireAsync(http, ct);
        if (user is null) return Results.StatusCode(286);
        var since = long.TryParse(http.Request.Query["since"].FirstOrDefault(), out var ms) && ms > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : time.GetUtcNow();
        return await collision.BeatAsync(user, id, since, ct) is { } view ? Page.Of<CollisionBar>(new { View = view }) : Results.StatusCode(286);
    }

    private static async Task<IResult> ActAsync(string id, string action, HttpContext http, WorkspaceSession session, IAntiforgery antiforgery, ThreadReader reader,
        AgentActions actions, LabelCorrector corrector, IConversationStore store, ILogger<InboxFunction> logger, CancellationToken ct)
    {
        var (user, refusal) = await session.RequireAsync(http, ct);
        if (user is null) return refusal!;
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            LogFormRefused(logger, action, user.Id);
            return Page.FormRefused();
        }
        var found = await store.GetAsync(id, ct);
        if (found is null || !user.CanSee(found.Value)) return NotFound(user);
        var form = await http.Request.ReadFormAsync(ct);
        var text = form["text"].FirstOrDefault() ?? "";
        if (action is not ("claim" or "note") && !user.CanAct(found.Value))
        {
            return await ShowAsync(http, reader, user, id, new ThreadNotice(ThreadNoticeKind.Failed, "Someone else owns this conversation: claim it first."), text, StatusCodes.Status403Forbidden, ct);
        }

        ActionOutcome outcome;
        try
        {
            outcome = action switch
            {
                "reply" => await actions.ReplyAsync(id, user.Id, text, form["force"].FirstOrDefault() == "true", ct, Key(form["idempotencyKey"].FirstOrDefault()),
                    form["inReplyTo"].FirstOrDefault(), form["private"].FirstOrDefault() == "true"),
                "note" => await actions.AddNoteAsync(id, user.Agent, text, ct),
                "claim" => await actions.AssignAsync(id, user.Id, ct),
                "handover" => await HandOverAsync(actions, user, id, form["agentId"].FirstOrDefault(), form["note"].FirstOrDefault(), ct),
                "wait" => await actions.WaitOnCustomerAsync(id, ct),
                "resolve" => await actions.ResolveAsync(id, ct),
                "reopen" => await actions.ReopenAsync(id, ct),
                "labels" => await CorrectAsync(corrector, user, found.Value, form, ct),
                "escalate" => await actions.EscalateAsync(id, form["team"].FirstOrDefault() ?? "", user.Agent, form["note"].FirstOrDefault(), ct),
                "moderate" => await actions.ModerateAsync(id, form["action"].FirstOrDefault() ?? "", form["messageId"].FirstOrDefault(), user.Id,
                    form["reason"].FirstOrDefault(), ct, Key(form["idempotencyKey"].FirstOrDefault())),
                _ => ActionOutcome.Invalid("action", $"'{action}' is not an action of the workspace"),
            };
        }
        catch (PublishInProgressException)
        {
            // A double click: the first request is publishing this very reply; show the case, which will hold it once.
            return Results.Redirect($"/inbox/conversations/{Uri.EscapeDataString(id)}?done=reply", preserveMethod: false);
        }

        // Escalated to a team this agent is not in: the case is no longer theirs to see.
        if (outcome.Status == ActionStatus.Done && outcome.Conversation is { } after && !user.CanSee(after)) return Results.Redirect("/inbox?escalated=1");

        return outcome.Status switch
        {
            ActionStatus.Done => Results.Redirect($"/inbox/conversations/{Uri.EscapeDataString(id)}?done={Uri.EscapeDataString(action == "moderate" ? form["action"].FirstOrDefault() ?? action : action)}"),
            ActionStatus.Deflection => await ShowAsync(http, reader, user, id,
                new ThreadNotice(ThreadNoticeKind.Deflection, $"Not sent: the reply only sends the customer elsewhere (\"{outcome.Detail}\"). Answer here, in the same thread, or send it anyway.",
                    form["inReplyTo"].FirstOrDefault(), form["private"].FirstOrDefault() == "true"), text, StatusCodes.Status422UnprocessableEntity, ct),
            ActionStatus.NotFound => NotFound(user),
            _ => await ShowAsync(http, reader, user, id,
                new ThreadNotice(ThreadNoticeKind.Failed, outcome.Status == ActionStatus.PlatformFailed ? NotDelivered(outcome.Detail) : $"Not done: {outcome.Field} {outcome.Detail}."), text,
                outcome.Status == ActionStatus.PlatformFailed ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest, ct),
        };
    }

    private static async Task<ActionOutcome> HandOverAsync(AgentActions actions, WorkspaceUser user, string id, string? agentId, string? note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(agentId)) return ActionOutcome.Invalid("agentId", "is required: choose who takes the conversation");
        var assigned = await actions.AssignAsync(id, agentId, ct);
        if (assigned.Status != ActionStatus.Done) return assigned;
        var written = $"Handed over to {assigned.Conversation?.Assignee ?? agentId}" + (string.IsNullOrWhiteSpace(note) ? "." : $": {note.Trim()}");
        await actions.AddNoteAsync(id, user.Agent, written, ct);
        return assigned;
    }

    // Only what the agent changed is a correction: the form posts both labels every time.
    private static async Task<ActionOutcome> CorrectAsync(LabelCorrector corrector, WorkspaceUser user, Core.Conversations.Conversation c, IFormCollection form, CancellationToken ct)
    {
        var intentName = form["intent"].FirstOrDefault();
        var intent = Labels.Parse<Core.Classification.Intent>(intentName);
        if (!string.IsNullOrEmpty(intentName) && intent is null) return ActionOutcome.Invalid("intent", "is not an intent");
        int? priority = int.TryParse(form["priority"].FirstOrDefault(), out var level) ? level : null;
        var (newIntent, newPriority) = (intent == c.Classification?.Intent ? null : intent, priority == c.Priority.Level ? null : priority);
        if (newIntent is null && newPriority is null) return new ActionOutcome(ActionStatus.Done, c);
        return await corrector.CorrectAsync(c.Id, newIntent, newPriority, user.Id, user.Agent.Name, ct);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, ThreadReader reader, WorkspaceUser user, string id, ThreadNotice? notice, string? draft, int status, CancellationToken ct) =>
        await reader.ReadAsync(http, user, id, notice, draft, ct) is { } view ? Page.Of<Workspace.Pages.ConversationPage>(status, new { View = view }) : NotFound(user);

    private static IResult NotFound(WorkspaceUser user) => Page.Of<Notice>(StatusCodes.Status404NotFound, new
    {
        Title = "Conversation not found",
        Message = "This conversation does not exist, or it belongs to a team you are not in.",
        User = user,
        Next = ((string, string)?)("/inbox", "Back to the inbox"),
    });

    private static string NotDelivered(string? reason) =>
        reason == PublishResult.NotConnectedReason ? "Not sent: this channel is not connected, so it was only recorded." : $"Not delivered: {reason}";

    private static string DoneText(string action) => action switch
    {
        "reply" => "Reply sent.",
        "note" => "Note added. Customers never see notes.",
        "claim" => "You own this conversation now.",
        "handover" => "Handed over.",
        "wait" => "Waiting on the customer: the SLA clocks stop until they write.",
        "resolve" => "Resolved.",
        "reopen" => "Reopened.",
        "labels" => "Labels saved. The classifier learns from corrections.",
        "escalate" => "Escalated: the team has it now.",
        "hide" => "Hidden on the platform: only the customer and their friends see it.",
        "unhide" => "Visible again on the platform.",
        "delete" => "Deleted on the platform.",
        "block" => "The customer is blocked on this channel.",
        _ => "Done.",
    };

    private static string? Key(string? key) => key is { Length: > 0 and <= Routing.IdempotentActions.MaxKeyLength } ? key : null;

    private static IResult Asset(string file)
    {
        if (!WorkspaceAssets.Files.TryGetValue(file, out var contentType)) return Results.NotFound();
        return Results.File(Path.Combine(WorkspaceAssets.Folder, file), contentType);
    }

    private static async ValueTask<object?> SecurityHeaders(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Page.AddSecurityHeaders(context.HttpContext.Response);
        return await next(context);
    }

    [LoggerMessage(LogLevel.Warning, "Workspace form '{Action}' refused for agent {AgentId}: missing or invalid antiforgery token")]
    private static partial void LogFormRefused(ILogger logger, string action, string agentId);
}
