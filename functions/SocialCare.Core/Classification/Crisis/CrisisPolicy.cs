namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// Pure sliding-window crisis rule, one episode per crisis (no alert storm). The caller supplies the count of negative
/// events in the last <see cref="CrisisOptions.Window"/>, the usual count for that hour of the week, the open episode
/// if any, and whether the newest event carries a safety signal; time comes from the injected clock.
/// </summary>
public sealed class CrisisPolicy(CrisisOptions options, TimeProvider time)
{
    public int Threshold(double usualLevel) => Math.Max(options.Minimum, (int)Math.Ceiling(options.Multiplier * usualLevel));

    public CrisisDecision Decide(string scope, int countInWindow, double usualLevel, CrisisWave? open, bool safetySignal = false)
    {
        var now = time.GetUtcNow();
        var threshold = Threshold(usualLevel);
        var above = countInWindow >= threshold;
        if (open is null)
        {
            if (!above && !safetySignal) return new(CrisisAction.None, null, threshold);
            var reason = safetySignal && !above
                ? "safety signal"
                : $"{countInWindow} negative messages in {options.Window.TotalMinutes:0} min (threshold {threshold})";
            return new(CrisisAction.Open, new CrisisWave(scope, now, countInWindow, countInWindow, now, reason), threshold);
        }
        if (above || safetySignal)
        {
            var refreshed = open with { LastCount = countInWindow, LastAboveThresholdAt = now, PeakCount = Math.Max(open.PeakCount, countInWindow) };
            return new(countInWindow > open.PeakCount ? CrisisAction.Update : CrisisAction.None, refreshed, threshold);
        }
        if (now - open.LastAboveThresholdAt >= options.CloseAfterQuiet)
        {
            return new(CrisisAction.Close, open with { LastCount = countInWindow }, threshold);
        }
        return new(CrisisAction.None, open with { LastCount = countInWindow }, threshold);
    }

    /// <summary>0 (Sunday 00:00–00:59) to 167: the bucket a usual level is kept for.</summary>
    public static int HourOfWeek(DateTimeOffset at) => (int)at.UtcDateTime.DayOfWeek * 24 + at.UtcDateTime.Hour;
}
