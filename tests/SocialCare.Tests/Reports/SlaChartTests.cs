using SocialCare.Core.Hours;
using SocialCare.Core.Reports;
using SocialCare.Functions.Triggers.Reports;

namespace SocialCare.Tests.Reports;

/// <summary>The report's charts as pictures: the same figures draw the same bytes, whatever was drawn before or beside.</summary>
public sealed class SlaChartTests
{
    private static readonly DurationStats None = new(0, null, null);
    private static readonly Dictionary<string, int> Nothing = [];
    private static readonly SlaReport Report = new(DateTimeOffset.Parse("2026-11-23T00:00Z"), DateTimeOffset.Parse("2026-11-26T00:00Z"), null, null, 4, None, None,
        Nothing, Nothing, Nothing, Nothing, 0, new CsatSummary(null, 0), 4, [], 0, [], [], [new HeatmapCell("facebook:page1", 2, 10, 4)], []);

    // The first heatmap a process drew had its colour bar's label in bold, every later one not (ScottPlot's default
    // style, changed by the first drawing), so the docs' screenshot of the reports changed from one ./test to the next.
    // This fails without the fix when it is the first to draw a heatmap in its process (run alone, with a filter).
    [Fact]
    public async Task Each_chart_draws_the_same_bytes_first_later_and_side_by_side()
    {
        var hours = new Dictionary<string, OpeningHours>();
        Func<byte[]>[] charts = [() => SlaChart.Heatmap(Report, hours), () => SlaChart.Render(Report), () => SlaChart.Weeks(Report)];

        var first = charts.Select(draw => draw()).ToList();
        var together = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(charts[i % charts.Length])));

        for (var i = 0; i < together.Length; i++) Assert.Equal(first[i % charts.Length], together[i]);
        Assert.All(charts.Select((draw, i) => (draw(), first[i])), pair => Assert.Equal(pair.Item2, pair.Item1));
    }
}
