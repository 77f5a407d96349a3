using Microsoft.AspNetCore.Antiforgery;
using SocialCare.Core.Agents;
using SocialCare.Core.Ports;
using SocialCare.Functions.Workspace;
using SocialCare.Functions.Workspace.Pages;

namespace SocialCare.Functions.Triggers.Inbox;

/// <summary>The reply assistant in the composer: the draft's checks while typing, and the saved replies "/" finds.</summary>
public sealed partial class InboxFunction
{
    // The composer's checks while typing (htmx posts the composer form, its token included): a fragment for the findings box.
    private static async Task<IResult> CheckAsync(string id, HttpContext http, WorkspaceSession session, IAntiforgery antiforgery, IConversationStore store,
        Core.Drafts.DraftChecker checker, ILogger<InboxFunction> logger, CancellationToken ct)
    {
        var (user, _) = await session.RequireAsync(http, ct);
        if (user is null) return Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            LogFormRefused(logger, "check", user.Id);
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }
        var found = await store.GetAsync(id, ct);
        if (found is null || !user.CanSee(found.Value)) return Results.StatusCode(StatusCodes.Status404NotFound);
        var form = await http.Request.ReadFormAsync(ct);
        var text = form["text"].FirstOrDefault() ?? "";
        var isPublic = !AgentActions.IsPrivate(found.Value) && form["private"].FirstOrDefault() != "true";
        // "/…" is a search of the saved replies, not a draft.
        var findings = text.StartsWith('/') ? [] : await checker.CheckAsync(text, Core.Drafts.DraftReview.ContextOf(found.Value, isPublic), ct);
        return Page.Of<DraftFindings>(new { Findings = findings, Text = text });
    }

    private static async Task<IResult> SavedRepliesAsync(string id, string? q, HttpContext http, WorkspaceSession session, IConversationStore store, ISavedReplies saved,
        IScheduleStore schedules, TimeProvider time, CancellationToken ct)
    {
        var (user, _) = await session.RequireAsync(http, ct);
        if (user is null) return Results.StatusCode(StatusCodes.Status401Unauthorized);
        var found = await store.GetAsync(id, ct);
        if (found is null || !user.CanSee(found.Value)) return Results.StatusCode(StatusCodes.Status404NotFound);
        var c = found.Value;
        var schedule = await schedules.GetAsync(c.ChannelId, ct) ?? Core.Hours.ChannelSchedule.Default();
        var picks = Core.Replies.ReplySuggester.Find(c, user.Agent.Name, schedule, await saved.ListAsync(ct), q ?? "", time.GetUtcNow());
        return Page.Of<SavedReplyPicks>(new { Picks = picks, Query = q ?? "" });
    }
}
