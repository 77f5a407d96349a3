using SocialCare.Functions.Hosting;
using SocialCare.Functions.Triggers.Reports;

namespace SocialCare.Functions.Triggers.ReportRollups;

/// <summary>
/// Every 15 minutes: builds and keeps the day rollups of the last 90 days that changed since they were kept, for the
/// whole brand and for each team, so the first report a care lead opens in the morning reads kept rollups instead of
/// building them (seconds over 100,000 conversations). Days nothing was written to cost one marker read each.
/// </summary>
[HandlesFunction("ReportRollups")]
public sealed class ReportRollupsFunction(SlaReportSource source, Core.Routing.IRoutingDirectory directory, TimeProvider time) : ITriggerFunction
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public async Task<TriggerResult> RunAsync(TriggerInvocation invocation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Whole UTC days only: a day the period cuts is never kept.
        var from = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) - Window;
        var to = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var teams = (await Routing.KnownTeams.ListAsync(directory, cancellationToken)).Order(StringComparer.Ordinal).Select(t => (string?)t).Prepend(null).ToList();
        foreach (var team in teams) await source.BuildAsync(new ReportPeriod(from, to, team, null), cancellationToken);
        return TriggerResult.Empty().Log($"report rollups kept for {from:yyyy-MM-dd}–{to.AddDays(-1):yyyy-MM-dd}, the brand and {teams.Count - 1} teams");
    }
}
