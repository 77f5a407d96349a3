using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>Reads the team's/channel's conversations, each channel's schedule and the agents' names, then builds the report.</summary>
public sealed class SlaReportSource(IConversationStore conversations, IScheduleStore schedules, ITeamDirectory directory, TimeProvider time)
{
    public async Task<SlaReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var all = await conversations.EnumerateAsync(new ConversationQuery(Team: period.Team, ChannelId: period.ChannelId, Limit: 1000), cancellationToken).ToListAsync(cancellationToken);
        var hours = await HoursAsync(all.Select(c => c.ChannelId), cancellationToken);
        var names = (await directory.ListAgentsAsync(null, cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        return SlaReportBuilder.Build(all, c => hours[c], period.From, period.To, time.GetUtcNow(), period.Team, period.ChannelId,
            id => names.GetValueOrDefault(id, id));
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
