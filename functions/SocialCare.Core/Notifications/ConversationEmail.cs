using System.Net;
using System.Text;
using SocialCare.Core.Conversations;

namespace SocialCare.Core.Notifications;

/// <summary>The email about a conversation: a subject agents can sort by, and the same facts in HTML and plain text.</summary>
public static class ConversationEmail
{
    private const int SubjectTextLength = 60;

    public static string Subject(Conversation c, ConversationMessage? latest)
    {
        var intent = c.Classification?.Intent.ToString() is { } i ? Snake(i) : "other";
        var text = Shorten(latest?.Text ?? "", SubjectTextLength);
        return $"[{c.Priority.Label}][{intent}][{c.Platform}] {c.Customer.Name}: {text}";
    }

    public static (string Html, string Text) Body(Conversation c, ConversationMessage? latest, IReadOnlyList<(string Label, string Url)> links)
    {
        var facts = Facts(c);
        var text = new StringBuilder();
        text.AppendLine(latest?.Text ?? "");
        text.AppendLine();
        foreach (var (label, value) in facts) text.AppendLine($"{label}: {value}");
        foreach (var (label, url) in links) text.AppendLine($"{label}: {url}");

        var html = new StringBuilder("<div style=\"font-family:sans-serif\">");
        html.Append("<blockquote style=\"border-left:3px solid #888;padding-left:8px\">").Append(Encode(latest?.Text ?? "")).Append("</blockquote><table>");
        foreach (var (label, value) in facts) html.Append("<tr><th align=\"left\">").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        html.Append("</table><p>");
        foreach (var (label, url) in links) html.Append("<a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a> &nbsp; ");
        html.Append("</p></div>");
        return (html.ToString(), text.ToString());
    }

    public static string Shorten(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : Events.EventIds.Clip(flat, length - 1).TrimEnd() + "…";
    }

    private static List<(string, string)> Facts(Conversation c)
    {
        var facts = new List<(string, string)>
        {
            ("Platform", $"{c.Platform} ({c.ChannelId})"),
            ("Customer", c.Customer.Followers is { } f ? $"{c.Customer.Name} ({f:N0} followers)" : c.Customer.Name),
            ("Priority", $"{c.Priority.Label}: {string.Join(", ", c.Priority.Reasons)}"),
            ("Team", c.Team),
            ("Owner", c.Assignee ?? "unassigned"),
            ("Conversation", c.Id),
        };
        if (c.Classification is { } k) facts.Insert(2, ("Intent / sentiment", $"{Snake(k.Intent.ToString())} / {k.Sentiment.ToString().ToLowerInvariant()}"));
        return facts;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
