namespace SocialCare.Core.Hours;

/// <summary>Regular hours per weekday; a day left out (null) or empty is closed.</summary>
public sealed record WeeklyHours(
    IReadOnlyList<OpeningInterval>? Monday = null,
    IReadOnlyList<OpeningInterval>? Tuesday = null,
    IReadOnlyList<OpeningInterval>? Wednesday = null,
    IReadOnlyList<OpeningInterval>? Thursday = null,
    IReadOnlyList<OpeningInterval>? Friday = null,
    IReadOnlyList<OpeningInterval>? Saturday = null,
    IReadOnlyList<OpeningInterval>? Sunday = null)
{
    public IReadOnlyList<OpeningInterval> For(DayOfWeek day) => (day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    }) ?? [];

    /// <summary>The JSON property name of a weekday, for error fields such as <c>weekly.monday[1]</c>.</summary>
    public static string FieldName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    /// <summary>The same hours on every day of the week.</summary>
    public static WeeklyHours EveryDay(params OpeningInterval[] hours) =>
        new(hours, hours, hours, hours, hours, hours, hours);
}
