using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>
/// Reads the report's rows of the conversations started in the period (and the week before, whose customers may write
/// in it: the heatmap counts their messages), each channel's schedule and the agents' names, then builds the report.
/// The backlog now is counted from the inbox index (every open and waiting case of the team; with a channel filter,
/// those started in the period or the week before).
/// </summary>
public sealed class SlaReportSource(IReportFacts facts, IScheduleStore schedules, ITeamDirectory directory, TimeProvider time)
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    public async Task<SlaReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var read = facts.ReadAsync(period.From - LookBack, period.To, period.Team, period.ChannelId, cancellationToken);
        var backlog = period.ChannelId is null ? facts.BacklogAsync(period.Team, cancellationToken) : null;
        var agents = directory.ListAgentsAsync(null, cancellationToken);
        var all = await read;
        var hours = await HoursAsync(all.Select(c => c.ChannelId), cancellationToken);
        var names = (await agents).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var report = SlaReportBuilder.Build(all, c => hours[c], period.From, period.To, time.GetUtcNow(), period.Team, period.ChannelId,
            id => names.GetValueOrDefault(id, id));
        return backlog is null ? report : report with { BacklogNow = await backlog };
    }

    /// <summary>Each channel's opening hours (the default schedule where none is stored).</summary>
    public async Task<Dictionary<string, OpeningHours>> HoursAsync(IEnumerable<string> channels, CancellationToken cancellationToken)
    {
        var hours = new Dictionary<string, OpeningHours>(StringComparer.Ordinal);
        foreach (var channel in channels.Distinct(StringComparer.Ordinal))
        {
            hours[channel] = new OpeningHours(await schedules.GetAsync(channel, cancellationToken) ?? ChannelSchedule.Default());
        }
        return hours;
    }
}
