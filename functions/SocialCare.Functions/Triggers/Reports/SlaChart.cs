using ScottPlot;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>The report as a PNG: daily volume as bars (left axis), median resolution in business minutes as a line (right axis).</summary>
public static class SlaChart
{
    public static byte[] Render(SlaReport report, int width = 900, int height = 420)
    {
        var plot = new Plot();
        var days = report.Daily;
        var xs = days.Select(d => d.Date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var bars = plot.Add.Bars(xs, days.Select(d => (double)d.Volume).ToArray());
        bars.LegendText = "Conversations per day";
        foreach (var bar in bars.Bars) bar.Size = 0.8;

        var resolved = days.Where(d => d.MedianResolutionMinutes is not null).ToArray();
        if (resolved.Length > 0)
        {
            var line = plot.Add.Scatter(
                resolved.Select(d => d.Date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
                resolved.Select(d => d.MedianResolutionMinutes!.Value).ToArray());
            line.Axes.YAxis = plot.Axes.Right;
            line.LegendText = "Median resolution (business minutes)";
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = "Conversations";
        plot.Axes.Right.Label.Text = "Minutes";
        plot.Title($"SLA {report.From:yyyy-MM-dd} – {report.To:yyyy-MM-dd}{(report.Team is { } t ? " · " + t : "")}{(report.ChannelId is { } c ? " · " + c : "")}");
        plot.ShowLegend(Alignment.UpperLeft);
        if (days.Count == 0) plot.Axes.SetLimits(report.From.UtcDateTime.ToOADate(), report.To.UtcDateTime.ToOADate(), 0, 1);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
