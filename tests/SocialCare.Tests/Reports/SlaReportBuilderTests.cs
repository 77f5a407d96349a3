using SocialCare.Core.Hours;
using SocialCare.Core.Reports;

namespace SocialCare.Tests.Reports;

public sealed class SlaReportBuilderTests
{
    private static readonly OpeningHours Hours = new(ChannelSchedule.Default());

    [Fact]
    public void Figures_match_the_conversations_of_the_period_in_business_time()
    {
        var sut = SlaReportBuilder.Build(ReportConversations.All, _ => Hours, new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), ReportConversations.Now);

        Assert.Equal(3, sut.Conversations);
        Assert.Equal(new DurationStats(2, 45, 57), sut.FirstResponse);
        Assert.Equal(new DurationStats(2, 180, 228), sut.Resolution);
        Assert.Equal(1, sut.Breaches[SlaReportBuilder.FirstResponseBreach]);
        Assert.Equal(0, sut.Breaches[SlaReportBuilder.ResolutionBreach]);
        Assert.Equal(2, sut.ByPlatform["facebook"]);
        Assert.Equal(1, sut.ByPlatform["x"]);
        Assert.Equal(3, sut.ByIntent["complaint"]);
        Assert.Equal(0.3333, sut.AfterHoursShare);
        Assert.Equal(new CsatSummary(4, 2), sut.Csat);
        Assert.Equal(2, sut.BacklogNow);
        Assert.Equal([new DailyFigures(new DateOnly(2026, 11, 23), 3, 180)], sut.Daily);
    }

    [Fact]
    public void Time_while_the_channel_is_closed_does_not_count()
    {
        var overnight = ReportConversations.All[2] with { FirstResponseAt = new DateTimeOffset(2026, 11, 24, 7, 30, 0, TimeSpan.Zero) };

        var sut = SlaReportBuilder.Build([overnight], _ => Hours, overnight.CreatedAt.AddHours(-1), overnight.CreatedAt.AddHours(1), ReportConversations.Now);

        // 21:00 Warsaw → 08:30 Warsaw next day: only 08:00–08:30 is business time.
        Assert.Equal(30, sut.FirstResponse.MedianMinutes);
    }

    [Fact]
    public void Leads_and_each_agents_forced_sends_and_replies_with_findings_are_counted_in_the_period()
    {
        var at = ReportConversations.All[0].CreatedAt;
        Core.Conversations.FlaggedReply Flag(string agent, bool forced, params string[] codes) => new(agent, at.AddMinutes(5), forced, codes);
        var conversations = new[]
        {
            ReportConversations.All[0] with { LeadSince = at, FlaggedReplies = [Flag("anna", true, "deflection"), Flag("anna", false, "courtesy")] },
            ReportConversations.All[1] with { FlaggedReplies = [Flag("olga", false, "tone", "language")] },
            ReportConversations.All[2] with { LeadSince = at },
            // Started before the period: not counted.
            ReportConversations.All[0] with { Id = "old", CreatedAt = at.AddDays(-10), LeadSince = at.AddDays(-10), FlaggedReplies = [Flag("anna", true, "deflection")] },
        };

        var sut = SlaReportBuilder.Build(conversations, _ => Hours, new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), ReportConversations.Now);

        Assert.Equal(2, sut.Leads);
        Assert.Equal([new AgentReplyChecks("anna", 1, 2), new AgentReplyChecks("olga", 0, 1)], sut.Agents);
    }
}
