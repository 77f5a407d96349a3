using System.Net;
using SocialCare.Core.Conversations;

namespace SocialCare.Functions.Routing;

/// <summary>The small HTML pages behind signed links. Everything a customer wrote is HTML-encoded.</summary>
public static class ActionPage
{
    /// <param name="chooseFrom">For a claim link that names no agent (a team card): the agents to pick from.</param>
    public static string Confirm(string action, Conversation c, ConversationMessage? lastCustomerMessage, string postUrl, IReadOnlyList<Core.Routing.Agent>? chooseFrom = null)
    {
        var verb = action == "claim" ? "Claim" : "Resolve";
        var picker = chooseFrom is null ? "" : $"<label>Agent <select name=\"agentId\">{string.Concat(chooseFrom.Select(a => $"<option value=\"{E(a.Id)}\">{E(a.Name)}</option>"))}</select></label> ";
        return Page($"{verb} conversation", $"""
            <p><strong>{E(c.Customer.Name)}</strong> on {E(c.Platform)} · {E(c.Priority.Label)} ({E(string.Join(", ", c.Priority.Reasons))}) · team {E(c.Team)} · {E(c.Status.ToString().ToLowerInvariant())}</p>
            <blockquote>{E(lastCustomerMessage?.Text ?? "")}</blockquote>
            <form method="post" action="{E(postUrl)}">{picker}<button type="submit">{verb}</button></form>
            """);
    }

    public static string Done(string action, Conversation c) =>
        Page("Done", $"<p>{(action == "claim" ? "You own" : "Resolved")}: conversation with <strong>{E(c.Customer.Name)}</strong>.</p>");

    public static string Refused(string reason) => Page("Link not valid", $"<p>{E(reason)}</p>");

    private static string Page(string title, string body) =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title></head><body><h1>{E(title)}</h1>{body}</body></html>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
