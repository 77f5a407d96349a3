using System.Text;
using SocialCare.Core.Reports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>
/// GET /api/reports/sla?from=&amp;to=&amp;team=&amp;channelId=: SLA and CSAT figures as JSON (daily, per agent, per
/// team, the heatmap); /api/reports/sla.csv?…&amp;table=agents|daily|teams|heatmap: a table as CSV;
/// /api/reports/sla.png, /heatmap.png, /weeks.png: charts; /api/reports/voice?week=YYYY-Www&amp;channelId=: the
/// week's recurring complaint phrases; GET /api/reports: a page with the charts and figures.
/// </summary>
[HandlesFunction("Reports")]
public sealed class ReportsFunction : IHttpFunction
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reports/sla", async (HttpRequest request, SlaReportSource source, TimeProvider time, CancellationToken ct) =>
        {
            var (period, field, error) = ReportPeriod.Parse(request.Query, time.GetUtcNow());
            if (period is null) return Problems.Invalid(field!, error!);
            return Results.Json(await source.BuildAsync(period, ct), ReportsJson.Default.SlaReport);
        });
        foreach (var file in ReportFiles.Names)
        {
            routes.MapGet($"/api/reports/{file}", async (HttpRequest request, SlaReportSource source, TimeProvider time, CancellationToken ct) =>
            {
                var (period, field, error) = ReportPeriod.Parse(request.Query, time.GetUtcNow());
                return period is null ? Problems.Invalid(field!, error!) : await ReportFiles.RenderAsync(file, period, request.Query, source, ct);
            });
        }
        routes.MapGet("/api/reports/voice", async (HttpRequest request, VoiceSource voice, TimeProvider time, CancellationToken ct) =>
        {
            var week = request.Query["week"].ToString() is { Length: > 0 } w ? w : SlaReportBuilder.IsoWeek(time.GetUtcNow().AddDays(-7));
            if (VoiceOfCustomer.Week(week) is not { } span) return Problems.Invalid("week", "must be an ISO week such as 2026-W48");
            var channel = request.Query["channelId"].ToString() is { Length: > 0 } c ? c : null;
            return Results.Json(await voice.BuildAsync(week, span.From, span.To, channel, ct), ReportsJson.Default.VoiceReport);
        });
        routes.MapGet("/api/reports", async (HttpRequest request, SlaReportSource source, TimeProvider time, CancellationToken ct) =>
        {
            var (period, field, error) = ReportPeriod.Parse(request.Query, time.GetUtcNow());
            if (period is null) return Problems.Invalid(field!, error!);
            var report = await source.BuildAsync(period, ct);
            return Results.Content(ReportPage.Render(report, request.QueryString.Value ?? ""), "text/html; charset=utf-8", Encoding.UTF8);
        });
    }
}
