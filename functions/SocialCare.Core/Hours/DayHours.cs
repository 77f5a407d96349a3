namespace SocialCare.Core.Hours;

/// <summary>
/// The validator's view of a schedule's days: the well-formed intervals of each weekday and exception with the
/// field path they came from, collecting format and same-day overlap errors on the way.
/// </summary>
internal sealed class DayHours
{
    private readonly List<ScheduleError> _errors;
    private readonly Dictionary<DayOfWeek, Day> _weekly = [];
    private readonly Dictionary<DateOnly, Day> _exceptions = [];

    public DayHours(ChannelSchedule schedule, List<ScheduleError> errors)
    {
        _errors = errors;
        if (schedule.Weekly is null)
        {
            errors.Add(new("weekly", "required; list the hours of each open weekday (a day left out is closed)"));
        }
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            _weekly[day] = Parse($"weekly.{WeeklyHours.FieldName(day)}", schedule.Weekly?.For(day));
        }

        var exceptions = schedule.Exceptions ?? [];
        var firstIndex = new Dictionary<DateOnly, int>();
        for (var i = 0; i < exceptions.Count; i++)
        {
            var exception = exceptions[i];
            if (exception is null || !LocalTimes.TryParseDate(exception.Date, out var date))
            {
                errors.Add(new($"exceptions[{i}].date", $"'{exception?.Date}' is not a date as yyyy-MM-dd"));
                continue;
            }
            if (firstIndex.TryGetValue(date, out var first))
            {
                errors.Add(new($"exceptions[{i}].date", $"{exception.Date} is already given in exceptions[{first}]"));
                continue;
            }
            firstIndex[date] = i;
            _exceptions[date] = Parse($"exceptions[{i}].hours", exception.Hours);
        }
    }

    /// <summary>An overnight interval must end before the next day's hours begin: Sunday into Monday, a weekday
    /// into the next, and any day next to an exception date (in both directions).</summary>
    public void CheckOvernightRunIns()
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            CheckRunIn(_weekly[day], _weekly[(DayOfWeek)(((int)day + 1) % 7)]);
        }
        foreach (var (date, hours) in _exceptions)
        {
            CheckRunIn(hours, On(date.AddDays(1)));
            if (!_exceptions.ContainsKey(date.AddDays(-1))) CheckRunIn(On(date.AddDays(-1)), hours);
        }
    }

    private Day On(DateOnly date) => _exceptions.TryGetValue(date, out var day) ? day : _weekly[date.DayOfWeek];

    private void CheckRunIn(Day today, Day tomorrow)
    {
        foreach (var (index, overnight, _) in today.Intervals.Where(i => i.Interval.Overnight))
        {
            var endsAt = overnight.CloseMinute - 24 * 60;
            var hit = tomorrow.Intervals.FirstOrDefault(n => n.Interval.OpenMinute < endsAt);
            if (hit.Path is not null)
                _errors.Add(new($"{today.Path}[{index}]", $"runs past midnight into {tomorrow.Path}[{hit.Index}]"));
        }
    }

    private Day Parse(string path, IReadOnlyList<OpeningInterval>? intervals)
    {
        var valid = new List<(int Index, LocalInterval Interval, string Path)>();
        var list = intervals ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var field = $"{path}[{i}]";
            var interval = list[i];
            if (interval is null)
            {
                _errors.Add(new(field, "missing interval; give {\"open\":\"HH:mm\",\"close\":\"HH:mm\"}"));
                continue;
            }
            var openOk = LocalTimes.TryParseTime(interval.Open, out var open);
            var closeOk = LocalTimes.TryParseTime(interval.Close, out var close);
            if (!openOk) _errors.Add(new($"{field}.open", $"'{interval.Open}' is not a time as HH:mm"));
            if (!closeOk) _errors.Add(new($"{field}.close", $"'{interval.Close}' is not a time as HH:mm"));
            if (!openOk || !closeOk) continue;
            if (open == close)
            {
                _errors.Add(new(field, "close equals open; a close before the open means the interval runs past midnight"));
                continue;
            }
            valid.Add((i, new LocalInterval(open, close), path));
        }

        var sorted = valid.OrderBy(v => v.Interval.OpenMinute).ToList();
        for (var k = 1; k < sorted.Count; k++)
        {
            var earlier = sorted.Take(k).MaxBy(v => v.Interval.CloseMinute);
            if (sorted[k].Interval.OpenMinute < earlier.Interval.CloseMinute)
                _errors.Add(new($"{path}[{sorted[k].Index}]", $"overlaps {path}[{earlier.Index}]"));
        }
        return new Day(path, valid);
    }

    private sealed record Day(string Path, IReadOnlyList<(int Index, LocalInterval Interval, string Path)> Intervals);
}
