namespace SocialCare.Core.Hours;

/// <summary>
/// A channel's schedule turned into absolute open periods, correct across daylight-saving changes
/// (see <see cref="LocalTimes.ToInstant"/> for skipped and repeated local times). All instants returned are
/// in the channel's local offset. Adjacent or overlapping periods (an overnight shift running into the next
/// day's first opening) are merged when asking whether the channel is open.
/// </summary>
public sealed class OpeningHours
{
    /// <summary>How far ahead to look for the next opening before deciding the channel never opens again.</summary>
    public const int HorizonDays = 400;

    private readonly Dictionary<DayOfWeek, LocalInterval[]> _weekly;
    private readonly Dictionary<DateOnly, LocalInterval[]> _exceptions;

    /// <exception cref="ArgumentException">The time zone is unknown or a time is not "HH:mm"; validate first.</exception>
    public OpeningHours(ChannelSchedule schedule)
    {
        Schedule = schedule;
        if (!LocalTimes.TryFindZone(schedule.TimeZone, out var zone))
            throw new ArgumentException($"Unknown time zone '{schedule.TimeZone}'.", nameof(schedule));
        Zone = zone;
        _weekly = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, d => Parse(schedule.Weekly?.For(d)));
        _exceptions = [];
        foreach (var exception in schedule.Exceptions ?? [])
        {
            if (!LocalTimes.TryParseDate(exception.Date, out var date))
                throw new ArgumentException($"Exception date '{exception.Date}' is not yyyy-MM-dd.", nameof(schedule));
            _exceptions.TryAdd(date, Parse(exception.Hours));
        }
    }

    public ChannelSchedule Schedule { get; }

    public TimeZoneInfo Zone { get; }

    public DateOnly LocalDate(DateTimeOffset instant) => LocalTimes.LocalDate(instant, Zone);

    /// <summary>The periods that open on a local date (an overnight one ends on the next date), earliest first.
    /// A period that vanishes in a spring-forward gap is left out.</summary>
    public IReadOnlyList<OpenPeriod> IntervalsOn(DateOnly date) =>
        LocalIntervalsOn(date)
            .Select(i => i.ToPeriod(date, Zone))
            .Where(p => p.End > p.Start)
            .OrderBy(p => p.Start)
            .ToList();

    public OpeningStatus Status(DateTimeOffset now)
    {
        var period = PeriodsBetween(now, now.AddDays(HorizonDays)).FirstOrDefault();
        if (period is null) return new OpeningStatus(false);
        return period.Start <= now
            ? new OpeningStatus(true, ClosesAt: period.End)
            : new OpeningStatus(false, OpensAt: period.Start);
    }

    public bool IsOpen(DateTimeOffset now) => Status(now).Open;

    /// <summary>The first time at or after <paramref name="after"/> that a closed channel opens; if it is open at
    /// <paramref name="after"/>, the opening after the current period. Null if it never opens within the horizon.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset after) =>
        PeriodsBetween(after, after.AddDays(HorizonDays)).FirstOrDefault(p => p.Start >= after)?.Start;

    /// <summary>Merged open periods that end after <paramref name="from"/> and start before <paramref name="until"/>,
    /// earliest first, not clipped.</summary>
    public IEnumerable<OpenPeriod> PeriodsBetween(DateTimeOffset from, DateTimeOffset until)
    {
        OpenPeriod? current = null;
        // Start a day early: yesterday's overnight period may still be running.
        for (var date = LocalDate(from).AddDays(-1); date <= LocalDate(until); date = date.AddDays(1))
        {
            foreach (var period in IntervalsOn(date))
            {
                if (current is not null && period.Start <= current.End)
                {
                    if (period.End > current.End) current = current with { End = period.End };
                    continue;
                }
                if (current is not null && current.End > from && current.Start < until) yield return current;
                current = period;
            }
        }
        if (current is not null && current.End > from && current.Start < until) yield return current;
    }

    internal IReadOnlyList<LocalInterval> LocalIntervalsOn(DateOnly date) =>
        _exceptions.TryGetValue(date, out var special) ? special : _weekly[date.DayOfWeek];

    private static LocalInterval[] Parse(IReadOnlyList<OpeningInterval>? intervals) =>
        (intervals ?? []).Select(i => LocalInterval.TryParse(i, out var parsed)
                ? parsed
                : throw new ArgumentException($"Interval {i?.Open}–{i?.Close} is not two \"HH:mm\" times."))
            .ToArray();
}
