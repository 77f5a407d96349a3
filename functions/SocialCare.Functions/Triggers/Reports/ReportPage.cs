using System.Globalization;
using System.Net;
using System.Text;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>
/// The HTML page: the chart and the figures. The image URL carries the page's own query string, ?code= included,
/// because an &lt;img&gt; cannot send the x-functions-key header.
/// </summary>
public static class ReportPage
{
    public static string Render(SlaReport r, string queryString)
    {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>SLA report</title></head><body style=\"font-family:sans-serif\">");
        html.Append("<h1>SLA report</h1><p>").Append(E($"{r.From:yyyy-MM-dd HH:mm} – {r.To:yyyy-MM-dd HH:mm} UTC")).Append(r.Team is { } t ? " · team " + E(t) : "").Append(r.ChannelId is { } c ? " · channel " + E(c) : "").Append("</p>");
        html.Append("<img alt=\"First reply and resolution per day\" src=\"reports/sla.png").Append(E(queryString)).Append("\">");
        html.Append("<img alt=\"Customer messages by hour of the week\" src=\"reports/heatmap.png").Append(E(queryString)).Append("\">");
        html.Append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">");
        Row(html, "Conversations", N(r.Conversations));
        Row(html, "First response median / p90 (business min)", $"{M(r.FirstResponse.MedianMinutes)} / {M(r.FirstResponse.P90Minutes)} ({N(r.FirstResponse.Count)})");
        Row(html, "Resolution median / p90 (business min)", $"{M(r.Resolution.MedianMinutes)} / {M(r.Resolution.P90Minutes)} ({N(r.Resolution.Count)})");
        Row(html, "Breaches", Join(r.Breaches));
        Row(html, "By platform", Join(r.ByPlatform));
        Row(html, "By intent", Join(r.ByIntent));
        Row(html, "By sentiment", Join(r.BySentiment));
        Row(html, "After hours", r.AfterHoursShare.ToString("P0", CultureInfo.InvariantCulture));
        Row(html, "CSAT", $"{M(r.Csat.Average)} ({N(r.Csat.Count)} ratings)");
        Row(html, "Backlog now", N(r.BacklogNow));
        Row(html, "Sales leads", N(r.Leads));
        Row(html, "Per agent: handled, SLA met, sent past the deflection guard / with findings open",
            r.Agents.Count == 0 ? "—" : string.Join(", ", r.Agents.Select(a => $"{a.Name}: {N(a.Handled)}, {a.SlaMetRate?.ToString("P0", CultureInfo.InvariantCulture) ?? "—"}, {N(a.ForcedSends)} / {N(a.RepliesWithFindings)}")));
        html.Append("</table><p><a href=\"reports/sla").Append(E(queryString)).Append("\">JSON</a></p></body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th align=\"left\">").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");

    private static string Join(IReadOnlyDictionary<string, int> counts) => counts.Count == 0 ? "—" : string.Join(", ", counts.Select(p => $"{p.Key}: {p.Value}"));

    private static string M(double? minutes) => minutes?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
