namespace SocialCare.Core.Reports;

/// <summary>Median and 90th percentile of a set of business-time durations, in minutes; null when there are none.</summary>
public sealed record DurationStats(int Count, double? MedianMinutes, double? P90Minutes)
{
    public static DurationStats Of(IEnumerable<TimeSpan> durations)
    {
        var minutes = durations.Select(d => d.TotalMinutes).Order().ToArray();
        return new DurationStats(minutes.Length, Percentile(minutes, 0.5), Percentile(minutes, 0.9));
    }

    /// <summary>Linear interpolation between closest ranks over sorted values (so the median of two is their mean).</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return null;
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return Math.Round(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower), 2);
    }
}
