using SocialCare.Core.Ports;
using SocialCare.Functions.Workspace;
using SocialCare.Functions.Workspace.Identity;
using SocialCare.Functions.Workspace.Pages;

namespace SocialCare.Functions.Triggers.Inbox;

/// <summary>The supervisors' screens of the workspace: the team (/inbox/team) and the reports (/inbox/reports, its charts and CSV).</summary>
public sealed partial class InboxFunction
{
    private static async Task<IResult> TeamAsync(HttpContext http, WorkspaceSession session, Workspace.Team.TeamReader reader, CancellationToken ct)
    {
        var (user, refusal) = await session.RequireAsync(http, ct);
        if (user is null) return refusal!;
        if (!user.IsSupervisor) return ForSupervisors(user, "The team screen and the reports");
        return Page.Of<TeamPage>(new { View = await reader.ReadAsync(user, ct) });
    }

    private static IResult ForSupervisors(WorkspaceUser user, string what) =>
        Page.Of<Notice>(StatusCodes.Status403Forbidden, new { Title = "For supervisors", Message = $"{what} are for supervisors. Your cases are in the inbox.", User = user, Next = ((string, string)?)("/inbox", "Back to the inbox") });

    private static async Task<IResult> ReportsAsync(HttpContext http, WorkspaceSession session, Triggers.Reports.SlaReportSource source, Triggers.Reports.VoiceSource voice,
        ITeamDirectory directory, TimeProvider time, CancellationToken ct)
    {
        var (user, refusal) = await session.RequireAsync(http, ct);
        if (user is null) return refusal!;
        if (!user.IsSupervisor) return ForSupervisors(user, "Reports");
        var (period, field, error) = Triggers.Reports.ReportPeriod.Parse(http.Request.Query, time.GetUtcNow());
        if (period is null)
        {
            return Page.Of<Notice>(StatusCodes.Status400BadRequest, new { Title = "Period not valid", Message = $"{field} {error}.", User = user, Next = ((string, string)?)("/inbox/reports", "The last 7 days") });
        }
        var report = await source.BuildAsync(period, ct);
        // The voice of the customer of the week the period ends in.
        var week = Core.Reports.SlaReportBuilder.IsoWeek(period.To.AddTicks(-1));
        var span = Core.Reports.VoiceOfCustomer.Week(week)!.Value;
        var topics = await voice.BuildAsync(week, span.From, span.To, period.ChannelId, ct);
        var teams = (await directory.ListTeamsAsync(ct)).Select(t => t.Id).Order(StringComparer.Ordinal).ToList();
        return Page.Of<ReportsPage>(new { User = user, Report = report, Voice = topics, Teams = teams, Query = http.Request.QueryString.Value ?? "" });
    }

    private static async Task<IResult> ReportFileAsync(string file, HttpContext http, WorkspaceSession session, Triggers.Reports.SlaReportSource source, TimeProvider time, CancellationToken ct)
    {
        var (user, _) = await session.RequireAsync(http, ct);
        if (user is null || !user.IsSupervisor) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var (period, _, _) = Triggers.Reports.ReportPeriod.Parse(http.Request.Query, time.GetUtcNow());
        if (period is null) return Results.StatusCode(StatusCodes.Status400BadRequest);
        return await Triggers.Reports.ReportFiles.RenderAsync(file, period, http.Request.Query, source, ct);
    }
}
