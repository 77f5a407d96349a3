using SocialCare.Tests.Infrastructure;
using SocialCare.Core.Hours;
using SocialCare.Core.Publishing;
using SocialCare.Tests.Hours;

namespace SocialCare.Tests.Announcements;

/// <summary>The Announce function run every 30 minutes of a fake week, for channels in three zones at once.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AnnounceWeekTests
{
    private static readonly ChannelSchedule SplitShift = new("Europe/Moscow", "ru", true,
        WeeklyHours.EveryDay(OpeningInterval.Of("09:00", "13:00"), OpeningInterval.Of("14:00", "21:00")));

    private static readonly ChannelSchedule FridayNight = new("America/New_York", "en", true,
        new WeeklyHours(Friday: [OpeningInterval.Of("22:00", "02:00")]));

    [Fact]
    public async Task A_week_with_a_holiday_a_split_shift_and_a_night_shift_posts_each_planned_post_once_on_time()
    {
        await using var sut = await AnnounceApp.StartAsync(Schedules.At("2027-12-20T00:00:00Z"));
        await sut.PutScheduleAsync("facebook:shop", Schedules.PolishShop());
        await sut.PutScheduleAsync("telegram:split", SplitShift);
        await sut.PutScheduleAsync("x:night", FridayNight);

        for (var now = Schedules.At("2027-12-20T00:00:00Z"); now < Schedules.At("2027-12-27T08:00:00Z"); now = now.AddMinutes(30))
        {
            sut.Time.SetUtcNow(now);
            await sut.RunAsync();
        }

        var shop = await sut.OutboxAsync("facebook:shop");
        var split = await sut.OutboxAsync("telegram:split");
        var night = await sut.OutboxAsync("x:night");

        AssertPublishedAsPlanned(shop, Schedules.PolishShop(), new DateOnly(2027, 12, 20));
        AssertPublishedAsPlanned(split, SplitShift, new DateOnly(2027, 12, 20));
        AssertPublishedAsPlanned(night, FridayNight, new DateOnly(2027, 12, 20));

        // Christmas Day is a holiday, Sunday closed: nothing from Friday 14:00 to Monday 08:00.
        Assert.DoesNotContain(shop, e => e.At > Schedules.At("2027-12-24T13:00:00Z") && e.At < Schedules.At("2027-12-27T07:00:00Z"));
        Assert.Equal("Mija 14:00, zbieramy się już do domu. Na Wasze pytania czekamy już w poniedziałek od godziny 8:00.",
            Assert.Single(shop, e => e.At == Schedules.At("2027-12-24T13:00:00Z")).Text);
        Assert.Equal("Dzień dobry! Jesteśmy z Wami do godziny 20:00!",
            Assert.Single(shop, e => e.At == Schedules.At("2027-12-27T07:00:00Z")).Text);
        // A lunch break gets no goodbye and hello: one opening at 09:00 and one closing at 21:00 Moscow time a day.
        Assert.Equal(8, split.Count(e => e.Announcement == "opening" && e.At.UtcDateTime.Hour == 6));
        Assert.Equal(7, split.Count(e => e.Announcement == "closing" && e.At.UtcDateTime.Hour == 18));
        Assert.Equal("Здравствуйте! Мы на связи до 21:00!", split[0].Text);
        // The Friday night shift closes on Saturday at 02:00 in New York and names next Friday.
        Assert.Equal(
            [("opening", Schedules.At("2027-12-25T03:00:00Z")), ("closing", Schedules.At("2027-12-25T07:00:00Z"))],
            night.Select(e => (e.Announcement, e.At)));
        Assert.Equal("It's 2:00 and we're heading home. We'll be back for your questions on Friday at 22:00.", night[1].Text);
    }

    private static void AssertPublishedAsPlanned(List<OutboxEntry> outbox, ChannelSchedule schedule, DateOnly from)
    {
        // Through Monday the 27th: the walk ends after its 08:00 opening.
        var planned = AnnouncementPlanner.Preview(schedule, from, 8).Where(p => p.At < Schedules.At("2027-12-27T08:00:00Z"));
        Assert.Equal(
            planned.Select(p => (p.Kind == AnnouncementKind.Opening ? "opening" : "closing", p.At.UtcDateTime, p.Text)),
            outbox.Select(e => (e.Announcement!, e.At.UtcDateTime, e.Text!)));
        Assert.All(outbox, e =>
        {
            Assert.Equal(OutboxStatus.Recorded, e.Status);
            Assert.Equal("post", e.Action);
        });
    }
}
