using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>
/// Adds up the rollups of the period's days (<see cref="IReportFacts.RollupsAsync"/>: kept per day and filter, rebuilt
/// for the days written since, with each channel's schedule and the clock now) and names the agents. The backlog now
/// is the period's cases still open or waiting: counting every open case of any age would read the inbox index's open
/// lists row by row, seconds with a large backlog on the local emulator.
/// </summary>
public sealed class SlaReportSource(IReportFacts facts, IScheduleStore schedules, ITeamDirectory directory, TimeProvider time)
{
    public async Task<SlaReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = await schedules.ListAsync(cancellationToken);
        var hours = stored.ToDictionary(s => s.ChannelId, s => new OpeningHours(s.Schedule), StringComparer.Ordinal);
        var fallback = new OpeningHours(ChannelSchedule.Default());
        var hoursKey = Core.Events.EventIds.Digest(string.Join('\n', stored.OrderBy(s => s.ChannelId, StringComparer.Ordinal)
            .Select(s => s.ChannelId + "=" + System.Text.Json.JsonSerializer.Serialize(s.Schedule, HoursJson.Default.ChannelSchedule))), 32);
        var agents = directory.ListAgentsAsync(null, cancellationToken);
        var days = await facts.RollupsAsync(period.From, period.To, period.Team, period.ChannelId, hoursKey,
            (day, conversations) => DayRollup.Of(day, conversations, c => hours.GetValueOrDefault(c, fallback), now), cancellationToken);
        var names = (await agents).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        return SlaReportBuilder.Combine(days, period.From, period.To, period.Team, period.ChannelId, id => names.GetValueOrDefault(id, id));
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
