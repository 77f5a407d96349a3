namespace SocialCare.Core.Hours;

/// <summary>
/// The words a post uses for a day, in one language, with the forms a native speaker writes after
/// "we are waiting …" ("we wtorek", "во вторник", "on Tuesday"). Weekdays are indexed by <see cref="DayOfWeek"/>,
/// months from January; the date form is used for an opening further than six days away.
/// </summary>
public sealed record LocalPhrases(
    string Language,
    string Today,
    string Tomorrow,
    IReadOnlyList<string> OnWeekday,
    IReadOnlyList<string> MonthGenitive,
    string DatePattern)
{
    public static readonly LocalPhrases Polish = new(
        "pl", "dziś", "jutro",
        ["w niedzielę", "w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę"],
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
         "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        "{0} {1}");

    public static readonly LocalPhrases Russian = new(
        "ru", "сегодня", "завтра",
        ["в воскресенье", "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу"],
        ["января", "февраля", "марта", "апреля", "мая", "июня",
         "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        "{0} {1}");

    public static readonly LocalPhrases English = new(
        "en", "today", "tomorrow",
        ["on Sunday", "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday"],
        ["January", "February", "March", "April", "May", "June",
         "July", "August", "September", "October", "November", "December"],
        "on {0} {1}");

    /// <summary>The languages a channel may post in: each has default templates and day words.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["pl", "ru", "en"];

    public static bool IsSupported(string? language) => language is not null && Languages.Contains(language);

    /// <exception cref="ArgumentException">The language is not one of <see cref="Languages"/>.</exception>
    public static LocalPhrases For(string language) => language switch
    {
        "pl" => Polish,
        "ru" => Russian,
        "en" => English,
        _ => throw new ArgumentException($"No phrases for language '{language}'.", nameof(language)),
    };

    /// <summary>A time the way the examples write it: hours without a leading zero ("8:00", "20:00").</summary>
    public static string Time(TimeOnly time) => $"{time.Hour}:{time.Minute:00}";

    /// <summary>"jutro", "w poniedziałek" or "27 grudnia" for <paramref name="day"/> seen from <paramref name="today"/>.</summary>
    public string Day(DateOnly today, DateOnly day)
    {
        var distance = day.DayNumber - today.DayNumber;
        return distance switch
        {
            0 => Today,
            1 => Tomorrow,
            >= 2 and <= 6 => OnWeekday[(int)day.DayOfWeek],
            _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, DatePattern, day.Day, MonthGenitive[day.Month - 1]),
        };
    }

    /// <summary>Every form <see cref="Day"/> can produce, used to find the longest rendering of a template.</summary>
    public IEnumerable<string> AllDayForms() =>
        new[] { Today, Tomorrow }
            .Concat(OnWeekday)
            .Concat(MonthGenitive.Select(m => string.Format(System.Globalization.CultureInfo.InvariantCulture, DatePattern, 28, m)));
}
