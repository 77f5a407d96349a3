namespace SocialCare.Core.Hours;

/// <summary>A parsed <see cref="OpeningInterval"/>; a close at or before the open ends on the next day.</summary>
internal readonly record struct LocalInterval(TimeOnly Open, TimeOnly Close)
{
    public bool Overnight => Close <= Open;

    /// <summary>Minutes from the start of the opening day; an overnight close counts past 24:00.</summary>
    public int OpenMinute => Open.Hour * 60 + Open.Minute;

    public int CloseMinute => Close.Hour * 60 + Close.Minute + (Overnight ? 24 * 60 : 0);

    public static bool TryParse(OpeningInterval? interval, out LocalInterval parsed)
    {
        parsed = default;
        if (interval is null
            || !LocalTimes.TryParseTime(interval.Open, out var open)
            || !LocalTimes.TryParseTime(interval.Close, out var close))
        {
            return false;
        }
        parsed = new LocalInterval(open, close);
        return true;
    }

    public OpenPeriod ToPeriod(DateOnly date, TimeZoneInfo zone) => new(
        LocalTimes.ToInstant(date, Open, zone),
        LocalTimes.ToInstant(Overnight ? date.AddDays(1) : date, Close, zone));
}
