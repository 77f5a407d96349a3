using SocialCare.Core.Hours;
using static SocialCare.Tests.Hours.Schedules;

namespace SocialCare.Tests.Hours;

public sealed class ScheduleValidatorTests
{
    private static readonly int Facebook = PlatformLimits.MaxPostLength("facebook");

    private static IReadOnlyList<string> Fields(ChannelSchedule schedule, int max = 63206) =>
        ScheduleValidator.Validate(schedule, max).Select(e => e.Field).ToList();

    [Fact]
    public void The_issue_example_schedule_is_valid()
    {
        Assert.Empty(ScheduleValidator.Validate(PolishShop(), Facebook));
    }

    [Fact]
    public void A_schedule_survives_a_json_round_trip_with_camel_case_fields_and_language_keys()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(PolishShop(), HoursJson.Default.ChannelSchedule);
        var back = System.Text.Json.JsonSerializer.Deserialize(json, HoursJson.Default.ChannelSchedule)!;

        Assert.Contains("\"timeZone\":\"Europe/Warsaw\"", json);
        Assert.Contains("\"templates\":{\"pl\":{\"opening\":", json);
        Assert.Equal(PolishShop().Weekly.For(DayOfWeek.Saturday), back.Weekly.For(DayOfWeek.Saturday));
        Assert.Equal("2027-12-24", back.Exceptions![0].Date);
        Assert.Empty(back.Weekly.For(DayOfWeek.Sunday));
    }

    [Fact]
    public void An_unknown_time_zone_is_named()
    {
        var error = Assert.Single(ScheduleValidator.Validate(PolishShop() with { TimeZone = "Europe/Atlantis" }, Facebook));

        Assert.Equal("timeZone", error.Field);
        Assert.Contains("Europe/Atlantis", error.Reason);
    }

    [Fact]
    public void An_unknown_language_is_named()
    {
        Assert.Equal(["language"], Fields(PolishShop() with { Language = "de" }));
    }

    [Theory]
    [InlineData("8:00", "20:00", "weekly.monday[0].open")]
    [InlineData("08:00", "24:00", "weekly.monday[0].close")]
    [InlineData("08:00", "08:00", "weekly.monday[0]")]
    public void A_bad_time_names_the_interval(string open, string close, string field)
    {
        var schedule = PolishShop() with
        {
            Weekly = PolishShop().Weekly with { Monday = [OpeningInterval.Of(open, close)] },
        };

        Assert.Equal([field], Fields(schedule));
    }

    [Fact]
    public void Overlapping_intervals_name_the_later_one()
    {
        var schedule = Weekdays(hours: [OpeningInterval.Of("08:00", "13:00"), OpeningInterval.Of("12:00", "17:00")]);

        var errors = ScheduleValidator.Validate(schedule, Facebook);

        Assert.Contains(new ScheduleError("weekly.monday[1]", "overlaps weekly.monday[0]"), errors);
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void Adjacent_intervals_and_an_overnight_one_ending_before_the_next_day_are_valid()
    {
        var schedule = new ChannelSchedule("Europe/Warsaw", "pl", true, new WeeklyHours(
            Monday: [OpeningInterval.Of("08:00", "12:00"), OpeningInterval.Of("12:00", "16:00"), OpeningInterval.Of("22:00", "02:00")],
            Tuesday: [OpeningInterval.Of("02:00", "06:00")]));

        Assert.Empty(Fields(schedule));
    }

    [Fact]
    public void An_overnight_interval_running_into_the_next_days_first_interval_is_named()
    {
        var schedule = new ChannelSchedule("Europe/Warsaw", "pl", true, new WeeklyHours(
            Tuesday: [OpeningInterval.Of("09:00", "17:00")],
            Sunday: [OpeningInterval.Of("08:00", "12:00")],
            Monday: [OpeningInterval.Of("18:00", "10:00")],
            Saturday: [OpeningInterval.Of("22:00", "09:00")]));

        var errors = ScheduleValidator.Validate(schedule, Facebook);

        Assert.Equal(
            [
                new ScheduleError("weekly.monday[0]", "runs past midnight into weekly.tuesday[0]"),
                new ScheduleError("weekly.saturday[0]", "runs past midnight into weekly.sunday[0]"),
            ],
            errors.OrderBy(e => e.Field));
    }

    [Fact]
    public void An_exception_overnight_running_into_the_next_day_is_named()
    {
        var schedule = PolishShop() with
        {
            Exceptions = [new DatedHours("2027-12-31", [OpeningInterval.Of("20:00", "11:00")])],
        };

        var error = Assert.Single(ScheduleValidator.Validate(schedule, Facebook));

        Assert.Equal("exceptions[0].hours[0]", error.Field);
    }

    [Fact]
    public void Bad_and_duplicate_exception_dates_are_named()
    {
        var schedule = PolishShop() with
        {
            Exceptions =
            [
                new DatedHours("24.12.2027", []),
                new DatedHours("2027-12-25", []),
                new DatedHours("2027-12-25", [OpeningInterval.Of("10:00", "12:00")]),
            ],
        };

        var errors = ScheduleValidator.Validate(schedule, Facebook);

        Assert.Equal(["exceptions[0].date", "exceptions[2].date"], errors.Select(e => e.Field));
        Assert.Contains("exceptions[1]", errors[1].Reason);
    }

    [Fact]
    public void A_template_with_an_unknown_placeholder_is_named()
    {
        var schedule = PolishShop() with
        {
            Templates = new Dictionary<string, AnnouncementTemplates> { ["pl"] = new(Closing: "Do {jutro} o {nextOpen}") },
        };

        var error = Assert.Single(ScheduleValidator.Validate(schedule, Facebook));

        Assert.Equal("templates.pl.closing", error.Field);
        Assert.Contains("{jutro}", error.Reason);
    }

    [Fact]
    public void Templates_for_an_unknown_language_are_named()
    {
        var schedule = PolishShop() with
        {
            Templates = new Dictionary<string, AnnouncementTemplates> { ["de"] = new(Opening: "Hallo") },
        };

        Assert.Equal(["templates.de"], Fields(schedule));
    }

    [Fact]
    public void A_post_longer_than_the_platform_allows_is_named_with_its_longest_rendering()
    {
        // "28 października" is the longest Polish day form: 270 + 1 + 15 characters.
        var opening = new string('x', 270) + " {nextOpenDay}";
        var schedule = PolishShop() with
        {
            Templates = new Dictionary<string, AnnouncementTemplates> { ["pl"] = new(Opening: opening) },
        };

        var error = Assert.Single(ScheduleValidator.Validate(schedule, PlatformLimits.MaxPostLength("x")));

        Assert.Equal("templates.pl.opening", error.Field);
        Assert.Equal("renders up to 286 characters; the platform allows 280", error.Reason);
        Assert.Empty(ScheduleValidator.Validate(schedule, PlatformLimits.MaxPostLength("instagram")));
    }

    [Fact]
    public void Default_templates_fit_every_platform()
    {
        foreach (var language in LocalPhrases.Languages)
        {
            Assert.Empty(ScheduleValidator.Validate(ChannelSchedule.Default(language: language), PlatformLimits.MaxPostLength("x")));
        }
    }

    [Theory]
    [InlineData("facebook", 63206)]
    [InlineData("instagram", 2200)]
    [InlineData("x", 280)]
    [InlineData("telegram", 4096)]
    [InlineData("vk", 16384)]
    [InlineData("whatsapp", 4096)]
    public void Platform_limits_are_the_documented_ones(string platform, int limit) =>
        Assert.Equal(limit, PlatformLimits.MaxPostLength(platform));
}
