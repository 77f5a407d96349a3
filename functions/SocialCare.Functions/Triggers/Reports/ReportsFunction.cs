using System.Text;
using SocialCare.Core.Reports;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>
/// GET /api/reports/sla?from=&amp;to=&amp;team=&amp;channelId=: SLA and CSAT figures as JSON;
/// GET /api/reports/sla.png?…: the same period as a chart; GET /api/reports: a page showing both.
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
        routes.MapGet("/api/reports/sla.png", async (HttpRequest request, SlaReportSource source, TimeProvider time, CancellationToken ct) =>
        {
            var (period, field, error) = ReportPeriod.Parse(request.Query, time.GetUtcNow());
            if (period is null) return Problems.Invalid(field!, error!);
            return Results.File(SlaChart.Render(await source.BuildAsync(period, ct)), "image/png");
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
