namespace SocialCare.Bench;

/// <summary>Percentiles of measured durations, in milliseconds.</summary>
internal sealed class Latencies(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double Percentile(double p) => _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public override string ToString() => $"n={Count} p50={Percentile(50):F1} ms p99={Percentile(99):F1} ms";
}
