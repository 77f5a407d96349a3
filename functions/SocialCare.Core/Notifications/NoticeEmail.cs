using System.Net;
using System.Text;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Notifications;

/// <summary>A notice as an email: the same facts and links as the card, in HTML (everything escaped) and plain text.</summary>
public static class NoticeEmail
{
    public static EmailMessage Render(string notificationId, string to, Notice notice)
    {
        var text = new StringBuilder();
        text.AppendLine(notice.Title).AppendLine();
        if (notice.Quote is { } q) text.AppendLine(q).AppendLine();
        foreach (var f in notice.Facts) text.AppendLine($"{f.Label}: {f.Value}");
        text.AppendLine();
        foreach (var l in notice.Links) text.AppendLine($"{l.Label}: {l.Url.AbsoluteUri}");

        var html = new StringBuilder("<div style=\"font-family:sans-serif\">");
        html.Append("<h3>").Append(Encode(notice.Title)).Append("</h3>");
        if (notice.Quote is { } quote)
        {
            html.Append("<blockquote style=\"border-left:3px solid #888;padding-left:8px;white-space:pre-wrap\">").Append(Encode(quote)).Append("</blockquote>");
        }
        html.Append("<table>");
        foreach (var f in notice.Facts) html.Append("<tr><th align=\"left\">").Append(Encode(f.Label)).Append("</th><td>").Append(Encode(f.Value)).Append("</td></tr>");
        html.Append("</table><p>");
        foreach (var l in notice.Links) html.Append("<a href=\"").Append(Encode(l.Url.AbsoluteUri)).Append("\">").Append(Encode(l.Label)).Append("</a> &nbsp; ");
        html.Append("</p></div>");
        return new EmailMessage(Events.EventIds.Digest(notificationId + "|" + to), [to], notice.Subject, html.ToString(), text.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
