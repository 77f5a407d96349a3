using System.Text;
using SocialCare.Core.Reports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>The report as files, for the keyed API and the supervisors' page alike: the charts (PNG) and the tables (CSV).</summary>
public static class ReportFiles
{
    public static readonly IReadOnlyList<string> Names = ["sla.png", "heatmap.png", "weeks.png", "sla.csv"];

    /// <returns>The file; 400 naming <c>table</c> for a table that does not exist; 404 for a file that does not.</returns>
    public static async Task<IResult> RenderAsync(string name, ReportPeriod period, IQueryCollection query, SlaReportSource source, CancellationToken cancellationToken)
    {
        if (!Names.Contains(name)) return Problems.NotFound($"No report file '{name}'.");
        var table = query["table"].ToString() is { Length: > 0 } t ? t : "agents";
        if (name == "sla.csv" && !ReportCsv.Tables.Contains(table)) return Problems.Invalid("table", $"must be one of {string.Join(", ", ReportCsv.Tables)}");
        var report = await source.BuildAsync(period, cancellationToken);
        switch (name)
        {
            case "sla.png": return Results.File(SlaChart.Render(report), "image/png");
            case "weeks.png": return Results.File(SlaChart.Weeks(report), "image/png");
            case "heatmap.png":
                var hours = await source.HoursAsync(report.Heatmap.Select(h => h.ChannelId).Concat(period.ChannelId is { } c ? [c] : []), cancellationToken);
                return Results.File(SlaChart.Heatmap(report, hours), "image/png");
            default:
                return Results.File(Encoding.UTF8.GetBytes(ReportCsv.Of(report, table)!), "text/csv; charset=utf-8", $"sla-{table}.csv");
        }
    }
}
