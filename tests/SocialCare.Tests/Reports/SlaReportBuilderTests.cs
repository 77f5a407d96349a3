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
        Assert.Equal(1, sut.BacklogNow); // r-c; r-d is open too but started before the period
        Assert.Equal([new DailyFigures(new DateOnly(2026, 11, 23), 3, new MinutesSummary(45, 57), new MinutesSummary(180, 228))], sut.Daily);
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
            ReportConversations.All[0] with { Assignee = "anna", LeadSince = at, FlaggedReplies = [Flag("anna", true, "deflection"), Flag("anna", false, "courtesy")] },
            ReportConversations.All[1] with { Assignee = "olga", FlaggedReplies = [Flag("olga", false, "tone", "language")] },
            ReportConversations.All[2] with { LeadSince = at },
            // Started before the period: not counted.
            ReportConversations.All[0] with { Id = "old", Assignee = "anna", CreatedAt = at.AddDays(-10), LeadSince = at.AddDays(-10), FlaggedReplies = [Flag("anna", true, "deflection")] },
        };

        var sut = SlaReportBuilder.Build(conversations, _ => Hours, new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), ReportConversations.Now);

        Assert.Equal(2, sut.Leads);
        Assert.Equal([("anna", 1, 2), ("olga", 0, 1)], sut.Agents.Select(a => (a.AgentId, a.ForcedSends, a.RepliesWithFindings)));
    }

    /// <summary>
    /// By hand, Monday 23 Nov 2026 (Warsaw UTC+1): anna owns r-a (first reply 30, resolution 120 business minutes, CSAT 5,
    /// reopened once) and r-b (60, 240, CSAT 3); olga owns r-c (21:00, unanswered past its first-response due) and the
    /// older r-d, whose customer wrote again at 10:30 in the period (a case that started before it: not in its figures).
    /// </summary>
    [Fact]
    public void Agents_teams_heatmap_and_weeks_are_the_hand_computed_figures()
    {
        var day = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var all = ReportConversations.All;
        var conversations = new[]
        {
            all[0] with { Assignee = "anna", Team = "care", Reopens = 1, InboundAt = [day.AddHours(9), day.AddHours(9.25)] },
            all[1] with { Assignee = "anna", Team = "care", InboundAt = [day.AddHours(10)] },
            all[2] with { Assignee = "olga", InboundAt = [day.AddHours(20)] },
            all[3] with { Assignee = "olga", InboundAt = [day.AddDays(-3).AddHours(8), day.AddHours(9.5)] },
        };

        var sut = SlaReportBuilder.Build(conversations, _ => Hours, day, day.AddDays(1), ReportConversations.Now, agentName: id => id == "anna" ? "Anna Kowalska" : id);

        Assert.Equal(
            [
                new AgentFigures("anna", "Anna Kowalska", 2, new(45, 57), new(180, 228), 1.0, 4, 0.5, 0, 0),
                // r-c: its first reply was due 24 Nov 08:00 UTC and never came; nothing else decided.
                new AgentFigures("olga", "olga", 1, new(null, null), new(null, null), 0.0, null, 0, 0, 0),
            ],
            sut.Agents);
        Assert.Equal(
            [
                new TeamFigures("care", 2, new(45, 57), new(180, 228), 1.0, 4, 0.5, 0, 0),
                new TeamFigures("first-line", 1, new(null, null), new(null, null), 0.0, null, 0, 0, 0),
            ],
            sut.Teams);
        // Local hours of the period's cases: 10:00 and 10:15 (r-a), 11:00 (r-b), 21:00 (r-c); Monday is 1. r-d started
        // before the period: its customer's message is not counted.
        Assert.Equal([new HeatmapCell("page-1", 1, 10, 2), new HeatmapCell("page-1", 1, 11, 1), new HeatmapCell("page-1", 1, 21, 1)], sut.Heatmap);
        Assert.Equal([new WeeklyFigures("2026-W48", 3, 4, 0.3333)], sut.Weeks);
    }

    [Fact]
    public void The_csv_tables_have_a_header_invariant_numbers_and_quote_what_needs_it()
    {
        var report = SlaReportBuilder.Build([ReportConversations.All[0] with { Assignee = "anna" }], _ => Hours, new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero),
            new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), ReportConversations.Now, agentName: _ => "Kowalska, Anna");

        Assert.Equal(
            "agentId,name,handled,firstResponseMedian,firstResponseP90,resolutionMedian,resolutionP90,slaMetRate,csat,reopenRate,forcedSends,repliesWithFindings\r\n" +
            "anna,\"Kowalska, Anna\",1,30,30,120,120,1,5,0,0,0\r\n",
            ReportCsv.Of(report, "agents"));
        Assert.Equal("date,conversations,firstResponseMedian,firstResponseP90,resolutionMedian,resolutionP90\r\n2026-11-23,1,30,30,120,120\r\n", ReportCsv.Of(report, "daily"));
        Assert.Null(ReportCsv.Of(report, "nope"));
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_defused()
    {
        var report = SlaReportBuilder.Build([ReportConversations.All[0] with { Assignee = "x" }], _ => Hours, new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero),
            new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), ReportConversations.Now, agentName: _ => "=HYPERLINK(\"http://evil\")");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", ReportCsv.Of(report, "agents"));
    }
}
