using System.Globalization;
using System.Text;

namespace SocialCare.Core.Reports;

/// <summary>The report's tables as CSV (RFC 4180: a header row, comma-separated, quoted where needed, CRLF), invariant numbers.</summary>
public static class ReportCsv
{
    public static readonly IReadOnlyList<string> Tables = ["agents", "daily", "teams", "heatmap"];

    /// <returns>The CSV, or null when <paramref name="table"/> is not one of <see cref="Tables"/>.</returns>
    public static string? Of(SlaReport report, string table) => table switch
    {
        "agents" => Write(["agentId", "name", "handled", "firstResponseMedian", "firstResponseP90", "resolutionMedian", "resolutionP90", "slaMetRate", "csat", "reopenRate", "forcedSends", "repliesWithFindings"],
            report.Agents.Select(a => new object?[] { a.AgentId, a.Name, a.Handled, a.FirstResponseMinutes.Median, a.FirstResponseMinutes.P90, a.ResolutionMinutes.Median, a.ResolutionMinutes.P90, a.SlaMetRate, a.Csat, a.ReopenRate, a.ForcedSends, a.RepliesWithFindings })),
        "teams" => Write(["team", "handled", "firstResponseMedian", "firstResponseP90", "resolutionMedian", "resolutionP90", "slaMetRate", "csat", "reopenRate", "forcedSends", "repliesWithFindings"],
            report.Teams.Select(t => new object?[] { t.Team, t.Handled, t.FirstResponseMinutes.Median, t.FirstResponseMinutes.P90, t.ResolutionMinutes.Median, t.ResolutionMinutes.P90, t.SlaMetRate, t.Csat, t.ReopenRate, t.ForcedSends, t.RepliesWithFindings })),
        "daily" => Write(["date", "conversations", "firstResponseMedian", "firstResponseP90", "resolutionMedian", "resolutionP90"],
            report.Daily.Select(d => new object?[] { d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Conversations, d.FirstResponseMinutes.Median, d.FirstResponseMinutes.P90, d.ResolutionMinutes.Median, d.ResolutionMinutes.P90 })),
        "heatmap" => Write(["channelId", "dayOfWeek", "hour", "count"],
            report.Heatmap.Select(h => new object?[] { h.ChannelId, h.DayOfWeek, h.Hour, h.Count })),
        _ => null,
    };

    private static string Write(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', header).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        return csv.ToString();
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        // A cell a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && value is string) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
