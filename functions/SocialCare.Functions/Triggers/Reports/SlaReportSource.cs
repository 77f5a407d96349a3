using SocialCare.Core.Conversations;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>Reads the team's/channel's conversations and each channel's schedule, then builds the report.</summary>
public sealed class SlaReportSource(IConversationStore conversations, IScheduleStore schedules, TimeProvider time)
{
    public async Task<SlaReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var all = await conversations.EnumerateAsync(new ConversationQuery(Team: period.Team, ChannelId: period.ChannelId, Limit: 200), cancellationToken).ToListAsync(cancellationToken);

        var hours = new Dictionary<string, OpeningHours>();
        foreach (var channel in all.Select(c => c.ChannelId).Distinct())
        {
            hours[channel] = new OpeningHours(await schedules.GetAsync(channel, cancellationToken) ?? ChannelSchedule.Default());
        }
        return SlaReportBuilder.Build(all, c => hours[c], period.From, period.To, time.GetUtcNow(), period.Team, period.ChannelId);
    }
}
