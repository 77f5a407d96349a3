using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Hours;
using static SocialCare.Tests.Hours.Schedules;

namespace SocialCare.Tests.Hours;

public sealed class AnnouncementPlannerTests
{
    private const string Hello20 = "Dzień dobry! Jesteśmy z Wami do godziny 20:00!";
    private const string Bye20Tomorrow = "Mija 20:00, zbieramy się już do domu. Na Wasze pytania czekamy już jutro od godziny 8:00.";

    [Fact]
    public void Preview_of_a_polish_week_with_christmas_reads_like_a_person_wrote_it()
    {
        var sut = AnnouncementPlanner.Preview(PolishShop(), new DateOnly(2027, 12, 20), 7);

        Assert.Equal(
            [
                new(AnnouncementKind.Opening, At("2027-12-20T08:00:00+01:00"), Hello20),
                new(AnnouncementKind.Closing, At("2027-12-20T20:00:00+01:00"), Bye20Tomorrow),
                new(AnnouncementKind.Opening, At("2027-12-21T08:00:00+01:00"), Hello20),
                new(AnnouncementKind.Closing, At("2027-12-21T20:00:00+01:00"), Bye20Tomorrow),
                new(AnnouncementKind.Opening, At("2027-12-22T08:00:00+01:00"), Hello20),
                new(AnnouncementKind.Closing, At("2027-12-22T20:00:00+01:00"), Bye20Tomorrow),
                new(AnnouncementKind.Opening, At("2027-12-23T08:00:00+01:00"), Hello20),
                new(AnnouncementKind.Closing, At("2027-12-23T20:00:00+01:00"), Bye20Tomorrow),
                new(AnnouncementKind.Opening, At("2027-12-24T08:00:00+01:00"), "Dzień dobry! Jesteśmy z Wami do godziny 14:00!"),
                new(AnnouncementKind.Closing, At("2027-12-24T14:00:00+01:00"),
                    "Mija 14:00, zbieramy się już do domu. Na Wasze pytania czekamy już w poniedziałek od godziny 8:00."),
            ],
            sut);
    }

    [Fact]
    public void Preview_serializes_as_kind_at_and_text()
    {
        var sut = AnnouncementPlanner.Preview(PolishShop(), new DateOnly(2027, 12, 24), 1);

        var json = JsonSerializer.Serialize(sut.ToList(), HoursJson.Default.ListAnnouncementPreview);

        Assert.StartsWith("""[{"kind":"opening","at":"2027-12-24T08:00:00+01:00","text":"Dzie""", json);
        Assert.Contains("""{"kind":"closing","at":"2027-12-24T14:00:00+01:00",""", json);
    }

    [Fact]
    public void Closing_post_on_friday_names_monday_as_next_opening()
    {
        var sut = AnnouncementPlanner.Due(Weekdays(), At("2027-06-11T20:00:00+02:00"));

        var post = Assert.Single(sut);
        Assert.Equal(AnnouncementKind.Closing, post.Kind);
        Assert.EndsWith("czekamy już w poniedziałek od godziny 8:00.", post.Text);
    }

    [Theory]
    [InlineData("ru", "Уже 20:00, мы заканчиваем работу. Ждём ваших вопросов в понедельник с 8:00.")]
    [InlineData("en", "It's 20:00 and we're heading home. We'll be back for your questions on Monday at 8:00.")]
    public void Friday_closing_in_russian_and_english_names_monday_in_the_local_form(string language, string text)
    {
        var sut = AnnouncementPlanner.Due(Weekdays("Europe/Moscow", language), At("2027-06-11T20:10:00+03:00"));

        Assert.Equal(text, Assert.Single(sut).Text);
    }

    [Fact]
    public void Closing_the_day_before_a_holiday_names_the_day_after_it()
    {
        var schedule = Weekdays() with { Exceptions = [new DatedHours("2027-11-11", [])] };

        var post = Assert.Single(AnnouncementPlanner.Due(schedule, At("2027-11-10T20:00:00+01:00")));

        Assert.EndsWith("czekamy już w piątek od godziny 8:00.", post.Text);
    }

    [Fact]
    public void Closing_before_a_long_closure_names_the_date()
    {
        var schedule = new ChannelSchedule("Europe/Moscow", "ru", true, WeeklyHours.EveryDay(Day),
            Exceptions: Enumerable.Range(0, 9).Select(d => new DatedHours($"2027-12-{18 + d}", [])).ToList());

        var post = Assert.Single(AnnouncementPlanner.Due(schedule, At("2027-12-17T20:00:00+03:00")));

        Assert.Equal("Уже 20:00, мы заканчиваем работу. Ждём ваших вопросов 27 декабря с 8:00.", post.Text);
    }

    [Fact]
    public void A_late_start_still_posts_within_the_lateness_and_not_after()
    {
        var clock = new FakeTimeProvider(At("2027-06-07T08:29:00+02:00"));

        var within = AnnouncementPlanner.Due(Weekdays(), clock);
        clock.Advance(TimeSpan.FromMinutes(2));
        var after = AnnouncementPlanner.Due(Weekdays(), clock);

        var post = Assert.Single(within);
        Assert.Equal(new PlannedAnnouncement(AnnouncementKind.Opening, new DateOnly(2027, 6, 7),
            At("2027-06-07T08:00:00+02:00"), Hello20, "pl"), post);
        Assert.Equal("tv-1:2027-06-07:opening", post.SlotKey("tv-1"));
        Assert.Empty(after);
    }

    [Fact]
    public void An_opening_is_never_posted_after_that_days_closing()
    {
        var schedule = Weekdays(hours: OpeningInterval.Of("08:00", "08:20"));

        var due = AnnouncementPlanner.Due(schedule, At("2027-06-07T08:25:00+02:00"), TimeSpan.FromHours(1));

        Assert.Equal([AnnouncementKind.Closing], due.Select(p => p.Kind));
    }

    [Fact]
    public void A_split_shift_gets_one_hello_and_one_goodbye_a_day()
    {
        var schedule = Weekdays(hours: [OpeningInterval.Of("08:00", "12:00"), OpeningInterval.Of("13:00", "17:00")]);

        var posts = RunEveryMinute(schedule, At("2027-06-07T00:00:00+02:00"), TimeSpan.FromDays(1));

        Assert.Equal(
            [("2027-06-07:opening", At("2027-06-07T08:00:00+02:00")), ("2027-06-07:closing", At("2027-06-07T17:00:00+02:00"))],
            posts);
    }

    [Fact]
    public void An_overnight_closing_belongs_to_the_day_it_opened_and_says_today_for_the_same_evening()
    {
        var schedule = new ChannelSchedule("Europe/Warsaw", "pl", true, new WeeklyHours(
            Friday: [OpeningInterval.Of("22:00", "02:00")], Saturday: [OpeningInterval.Of("22:00", "02:00")]));

        var post = Assert.Single(AnnouncementPlanner.Due(schedule, At("2027-06-12T02:05:00+02:00")));

        Assert.Equal("2027-06-11:closing", post.Slot);
        Assert.Equal("Mija 2:00, zbieramy się już do domu. Na Wasze pytania czekamy już dziś od godziny 22:00.", post.Text);
    }

    [Fact]
    public void A_closed_day_and_switched_off_announcements_post_nothing()
    {
        Assert.Empty(RunEveryMinute(PolishShop(), At("2027-12-25T00:00:00+01:00"), TimeSpan.FromDays(2)));
        Assert.Empty(RunEveryMinute(PolishShop() with { Announcements = false }, At("2027-12-20T00:00:00+01:00"), TimeSpan.FromDays(1)));
    }

    [Theory]
    [InlineData("Europe/Warsaw", "2027-03-22T00:00:00+01:00")]
    [InlineData("Europe/Warsaw", "2027-10-25T00:00:00+02:00")]
    [InlineData("America/New_York", "2027-03-08T00:00:00-05:00")]
    [InlineData("America/New_York", "2027-11-01T00:00:00-04:00")]
    [InlineData("Europe/Moscow", "2027-03-22T00:00:00+03:00")]
    public void A_week_across_a_dst_change_posts_every_slot_once_at_local_eight_and_twenty(string zone, string monday)
    {
        var posts = RunEveryMinute(EveryDay(zone), At(monday), TimeSpan.FromDays(7));

        Assert.Equal(14, posts.Count);
        Assert.All(posts, p => Assert.Equal(p.Slot.EndsWith("opening", StringComparison.Ordinal) ? 8 : 20, p.At.Hour));
        Assert.Equal(7, posts.Select(p => p.Slot[..10]).Distinct().Count());
    }

    [Fact]
    public void Two_channels_in_different_zones_post_at_their_own_local_times()
    {
        var clock = new FakeTimeProvider(At("2027-06-07T06:00:00Z"));
        var warsaw = Weekdays("Europe/Warsaw");
        var newYork = Weekdays("America/New_York", "en");

        var warsawDue = AnnouncementPlanner.Due(warsaw, clock);
        var newYorkDue = AnnouncementPlanner.Due(newYork, clock);
        clock.Advance(TimeSpan.FromHours(6));
        var newYorkLater = AnnouncementPlanner.Due(newYork, clock);

        Assert.Equal(At("2027-06-07T08:00:00+02:00"), Assert.Single(warsawDue).At);
        Assert.Empty(newYorkDue);
        Assert.Equal("Hello! We're here for you until 20:00!", Assert.Single(newYorkLater).Text);
    }

    /// <summary>What a per-minute timer publishes, claiming each slot once like the Announce function does.</summary>
    private static List<(string Slot, DateTimeOffset At)> RunEveryMinute(ChannelSchedule schedule, DateTimeOffset start, TimeSpan span)
    {
        var clock = new FakeTimeProvider(start);
        var claimed = new HashSet<string>();
        var published = new List<(string, DateTimeOffset)>();
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromMinutes(1))
        {
            foreach (var post in AnnouncementPlanner.Due(schedule, clock))
            {
                if (claimed.Add(post.Slot))
                {
                    Assert.Equal(post.At, clock.GetUtcNow());
                    published.Add((post.Slot, post.At));
                }
            }
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        return published;
    }
}
