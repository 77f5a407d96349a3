using System.Net;
using SocialCare.Core.Conversations;

namespace SocialCare.Functions.Routing;

/// <summary>The small HTML pages behind signed links. Everything a customer wrote is HTML-encoded.</summary>
public static class ActionPage
{
    public static string Confirm(string action, Conversation c, ConversationMessage? lastCustomerMessage, string postUrl)
    {
        var verb = action == "claim" ? "Claim" : "Resolve";
        return Page($"{verb} conversation", $"""
            <p><strong>{E(c.Customer.Name)}</strong> on {E(c.Platform)} · {E(c.Priority.Label)} ({E(string.Join(", ", c.Priority.Reasons))}) · team {E(c.Team)} · {E(c.Status.ToString().ToLowerInvariant())}</p>
            <blockquote>{E(lastCustomerMessage?.Text ?? "")}</blockquote>
            <form method="post" action="{E(postUrl)}"><button type="submit">{verb}</button></form>
            """);
    }

    public static string Done(string action, Conversation c) =>
        Page("Done", $"<p>{(action == "claim" ? "You own" : "Resolved")}: conversation with <strong>{E(c.Customer.Name)}</strong>.</p>");

    public static string Refused(string reason) => Page("Link not valid", $"<p>{E(reason)}</p>");

    private static string Page(string title, string body) =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{E(title)}</title></head><body><h1>{E(title)}</h1>{body}</body></html>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
