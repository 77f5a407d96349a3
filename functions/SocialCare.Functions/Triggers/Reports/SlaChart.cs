using System.Globalization;
using ScottPlot;
using SocialCare.Core.Hours;
using SocialCare.Core.Reports;

namespace SocialCare.Functions.Triggers.Reports;

/// <summary>
/// The report's charts as PNG (ScottPlot), the font chosen for the text they carry so Polish and Russian names render:
/// first reply beside resolution per day (median bars, p90 marks), messages by hour of the week with the opening hours
/// drawn over them, and CSAT with the after-hours share by week.
/// </summary>
public static class SlaChart
{
    public static byte[] Render(SlaReport report, int width = 900, int height = 420)
    {
        var plot = new Plot();
        var days = report.Daily;
        var first = new Color(31, 95, 191);
        var resolution = new Color(179, 38, 30);
        for (var i = 0; i < days.Count; i++)
        {
            Bar(plot, i - 0.2, days[i].FirstResponseMinutes.Median, first);
            Bar(plot, i + 0.2, days[i].ResolutionMinutes.Median, resolution);
        }
        P90(plot, days.Select((d, i) => (i - 0.2, d.FirstResponseMinutes.P90)), first, "First reply p90");
        P90(plot, days.Select((d, i) => (i + 0.2, d.ResolutionMinutes.P90)), resolution, "Resolution p90");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "First reply median", FillColor = first });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Resolution median", FillColor = resolution });
        DayTicks(plot, days.Select(d => d.Date.ToString("d MMM", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Left.Label.Text = "Business minutes";
        plot.Title($"First reply and resolution {report.From:yyyy-MM-dd} – {report.To:yyyy-MM-dd}{Scope(report)}");
        plot.ShowLegend(Alignment.UpperLeft);
        if (days.Count == 0) plot.Axes.SetLimits(-1, 1, 0, 1);
        else plot.Axes.SetLimitsY(0, Math.Max(1, days.Max(d => Math.Max(d.FirstResponseMinutes.P90 ?? 0, d.ResolutionMinutes.P90 ?? 0)) * 1.15));
        return Png(plot, width, height);
    }

    /// <summary>Messages by weekday (rows, Monday first) and hour (columns), all channels of the report summed, with each channel's open hours outlined.</summary>
    public static byte[] Heatmap(SlaReport report, IReadOnlyDictionary<string, OpeningHours> hours, int width = 900, int height = 420)
    {
        var plot = new Plot();
        var counts = new double[7, 24];
        foreach (var cell in report.Heatmap) counts[Row(cell.DayOfWeek), cell.Hour] += cell.Count;
        var map = plot.Add.Heatmap(counts);
        // The extent places the outer cells' centres: half an hour in from midnight, half a day in from each edge, so
        // each cell covers its hour (x) and its weekday (y) exactly.
        map.Extent = new CoordinateRect(0.5, 23.5, 0.5, 6.5);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        var bar = plot.Add.ColorBar(map);
        bar.Label = "Messages";
        // Said outright: left to ScottPlot, the first heatmap a process drew had a bold label and every later one not.
        bar.LabelStyle.Bold = false;

        // Each channel's regular week, outlined: an hour block per open interval on each weekday.
        var palette = new ScottPlot.Palettes.Category10();
        var channels = hours.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < channels.Count; i++)
        {
            var color = palette.GetColor(i);
            foreach (var (day, from, to) in OpenBlocks(hours[channels[i]].Schedule))
            {
                var rect = plot.Add.Rectangle(from, to, 7 - Row(day) - 1 + 0.05 + i * 0.04, 7 - Row(day) - 0.05 - i * 0.04);
                rect.FillStyle.Color = Colors.Transparent;
                rect.LineStyle.Color = color;
                rect.LineStyle.Width = 2;
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{channels[i]} open", LineColor = color, LineWidth = 2 });
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, 13).Select(h => (double)h * 2)], [.. Enumerable.Range(0, 13).Select(h => $"{h * 2}:00")]);
        string[] weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, 7).Select(r => 6.5 - r)], weekdays);
        plot.Axes.SetLimits(0, 24, 0, 7);
        plot.Title($"Customer messages by hour of the week{Scope(report)} (channel time)");
        if (channels.Count > 0) plot.ShowLegend(Alignment.UpperRight);
        return Png(plot, width, height);
    }

    /// <summary>CSAT (left axis, 1–5) and the share of conversations started after hours (right axis, %) per ISO week.</summary>
    public static byte[] Weeks(SlaReport report, int width = 900, int height = 420)
    {
        var plot = new Plot();
        var weeks = report.Weeks;
        var xs = Enumerable.Range(0, weeks.Count).Select(i => (double)i).ToArray();
        var share = plot.Add.Bars(xs, weeks.Select(w => w.AfterHoursShare * 100).ToArray());
        share.Axes.YAxis = plot.Axes.Right;
        share.LegendText = "After hours (%)";
        var rated = weeks.Select((w, i) => (i, w.Csat)).Where(x => x.Csat is not null).ToArray();
        if (rated.Length > 0)
        {
            var csat = plot.Add.Scatter(rated.Select(x => (double)x.i).ToArray(), rated.Select(x => x.Csat!.Value).ToArray());
            csat.LegendText = "CSAT (1–5)";
            csat.LineWidth = 2;
            csat.MarkerSize = 7;
        }
        DayTicks(plot, [.. weeks.Select(w => w.Week)]);
        plot.Axes.Left.Label.Text = "CSAT";
        plot.Axes.Right.Label.Text = "After hours (%)";
        plot.Axes.SetLimitsY(0, 5.5, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, 100, plot.Axes.Right);
        plot.Title($"CSAT and after-hours share by week{Scope(report)}");
        plot.ShowLegend(Alignment.UpperLeft);
        return Png(plot, width, height);
    }

    // Monday first, drawn top to bottom.
    private static int Row(int dayOfWeek) => (dayOfWeek + 6) % 7;

    private static IEnumerable<(int Day, double From, double To)> OpenBlocks(ChannelSchedule schedule)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            foreach (var interval in schedule.Weekly.For(day))
            {
                var from = TimeOnly.Parse(interval.Open, CultureInfo.InvariantCulture).ToTimeSpan().TotalHours;
                var to = TimeOnly.Parse(interval.Close, CultureInfo.InvariantCulture).ToTimeSpan().TotalHours;
                if (to <= from) to = 24; // an overnight interval is drawn to midnight
                yield return ((int)day, from, to);
            }
        }
    }

    private static void Bar(Plot plot, double x, double? value, Color color)
    {
        if (value is not { } v) return;
        var bar = plot.Add.Bar(new Bar { Position = x, Value = v, Size = 0.38, FillColor = color });
        _ = bar;
    }

    private static void P90(Plot plot, IEnumerable<(double X, double? Y)> points, Color color, string label)
    {
        var known = points.Where(p => p.Y is not null).ToArray();
        if (known.Length == 0) return;
        var marks = plot.Add.ScatterPoints(known.Select(p => p.X).ToArray(), known.Select(p => p.Y!.Value).ToArray());
        marks.Color = color;
        marks.MarkerShape = MarkerShape.FilledDiamond;
        marks.MarkerSize = 9;
        marks.LegendText = label;
    }

    private static void DayTicks(Plot plot, string[] labels) =>
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, labels.Length).Select(i => (double)i)], labels);

    private static string Scope(SlaReport report) =>
        $"{(report.Team is { } t ? " · " + t : "")}{(report.ChannelId is { } c ? " · " + c : "")}";

    // The font is picked for every text on the chart, so "Łódź" and "Москва" are drawn, not boxes.
    private static byte[] Png(Plot plot, int width, int height)
    {
        var text = string.Join(' ', plot.GetPlottables().Select(p => p.LegendItems.Select(l => l.LabelText)).SelectMany(l => l)) + plot.Axes.Title.Label.Text;
        plot.Font.Set(Fonts.Detect(text));
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
