namespace SocialCare.Core.Hours;

/// <summary>
/// Business time for SLA clocks: only time when the channel is open counts. A message at 23:00 with a one-hour
/// target on a channel open 08:00–20:00 is due at 09:00 on the next opening day.
/// </summary>
public sealed class BusinessClock(OpeningHours hours)
{
    /// <summary>When a clock started by a message arriving at <paramref name="arrival"/> starts to run:
    /// the arrival itself while open, else the next opening.</summary>
    /// <exception cref="InvalidOperationException">The channel never opens within <see cref="OpeningHours.HorizonDays"/>.</exception>
    public DateTimeOffset ClockStart(DateTimeOffset arrival) =>
        hours.IsOpen(arrival)
            ? LocalTimes.InZone(arrival, hours.Zone)
            : hours.NextOpening(arrival) ?? throw NeverOpens();

    /// <summary>The instant when <paramref name="businessDuration"/> of open time has passed since <paramref name="start"/>.</summary>
    /// <exception cref="InvalidOperationException">The channel does not open long enough within the horizon.</exception>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessDuration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessDuration, TimeSpan.Zero);
        if (businessDuration == TimeSpan.Zero) return ClockStart(start);
        var remaining = businessDuration;
        var horizon = start.AddDays(OpeningHours.HorizonDays) + businessDuration;
        foreach (var period in hours.PeriodsBetween(start, horizon))
        {
            var from = period.Start > start ? period.Start : start;
            var available = period.End - from;
            if (remaining <= available) return LocalTimes.InZone(from + remaining, hours.Zone);
            remaining -= available;
        }
        throw NeverOpens();
    }

    /// <summary>Open time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        var total = TimeSpan.Zero;
        foreach (var period in hours.PeriodsBetween(from, to))
        {
            var start = period.Start > from ? period.Start : from;
            var end = period.End < to ? period.End : to;
            if (end > start) total += end - start;
        }
        return total;
    }

    private static InvalidOperationException NeverOpens() =>
        new($"The channel does not open within {OpeningHours.HorizonDays} days.");
}
