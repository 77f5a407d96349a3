using SocialCare.Core.Hours;

namespace SocialCare.Tests.Hours;

/// <summary>Schedules the hours tests share; dates are in 2027 (Dec 20 is a Monday, Dec 24 a Friday).</summary>
internal static class Schedules
{
    public static readonly OpeningInterval Day = OpeningInterval.Of("08:00", "20:00");

    public static ChannelSchedule Load(string fixture) =>
        System.Text.Json.JsonSerializer.Deserialize(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Hours", fixture)),
            HoursJson.Default.ChannelSchedule)!;

    /// <summary>The Polish example: weekdays 08–20, Saturday 10–14, Christmas Eve short, Christmas closed.</summary>
    public static ChannelSchedule PolishShop() => Load("schedule-pl.json");

    public static ChannelSchedule Weekdays(string zone = "Europe/Warsaw", string language = "pl", params OpeningInterval[] hours)
    {
        var h = hours.Length == 0 ? [Day] : hours;
        return new ChannelSchedule(zone, language, true, new WeeklyHours(h, h, h, h, h));
    }

    public static ChannelSchedule EveryDay(string zone, params OpeningInterval[] hours) =>
        new(zone, "en", true, WeeklyHours.EveryDay(hours.Length == 0 ? [Day] : hours));

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
