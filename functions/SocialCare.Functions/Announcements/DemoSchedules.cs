using SocialCare.Core.Hours;

namespace SocialCare.Functions.Announcements;

/// <summary>Three demo channels in three zones and languages, announcements on, so a local run shows posts in the outbox.</summary>
public static class DemoSchedules
{
    public static IReadOnlyList<(string ChannelId, ChannelSchedule Schedule)> All { get; } =
    [
        ("facebook:demo-pl", new ChannelSchedule("Europe/Warsaw", "pl", true,
            new WeeklyHours(Day("08:00", "20:00"), Day("08:00", "20:00"), Day("08:00", "20:00"), Day("08:00", "20:00"), Day("08:00", "20:00"), Day("10:00", "14:00")))),
        ("telegram:demo-ru", new ChannelSchedule("Europe/Moscow", "ru", true,
            WeeklyHours.EveryDay(OpeningInterval.Of("09:00", "13:00"), OpeningInterval.Of("14:00", "21:00")))),
        ("x:demo-en", new ChannelSchedule("America/New_York", "en", true,
            new WeeklyHours(Day("09:00", "17:00"), Day("09:00", "17:00"), Day("09:00", "17:00"), Day("09:00", "17:00"), Day("09:00", "17:00")))),
    ];

    private static OpeningInterval[] Day(string open, string close) => [OpeningInterval.Of(open, close)];
}
