using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Hours;
using static SocialCare.Tests.Hours.Schedules;

namespace SocialCare.Tests.Hours;

public sealed class OpeningHoursTests
{
    [Fact]
    public void Status_while_open_says_when_the_channel_closes_in_local_time()
    {
        var clock = new FakeTimeProvider(At("2027-06-07T10:00:00Z"));
        var sut = new OpeningHours(PolishShop());

        var status = sut.Status(clock.GetUtcNow());

        Assert.Equal(new OpeningStatus(true, ClosesAt: At("2027-06-07T20:00:00+02:00")), status);
        Assert.Equal(TimeSpan.FromHours(2), status.ClosesAt!.Value.Offset);
        Assert.Equal("""{"open":true,"closesAt":"2027-06-07T20:00:00+02:00"}""",
            JsonSerializer.Serialize(status, HoursJson.Default.OpeningStatus));
    }

    [Fact]
    public void Status_on_saturday_evening_says_it_opens_on_monday_morning()
    {
        var sut = new OpeningHours(PolishShop());

        var status = sut.Status(At("2027-06-05T15:00:00+02:00"));

        Assert.Equal("""{"open":false,"opensAt":"2027-06-07T08:00:00+02:00"}""",
            JsonSerializer.Serialize(status, HoursJson.Default.OpeningStatus));
    }

    [Fact]
    public void A_lunch_break_closes_the_channel_until_the_afternoon_shift()
    {
        var sut = new OpeningHours(Weekdays(hours: [OpeningInterval.Of("08:00", "12:00"), OpeningInterval.Of("13:00", "17:00")]));

        Assert.Equal(new OpeningStatus(false, OpensAt: At("2027-06-07T13:00:00+02:00")), sut.Status(At("2027-06-07T12:30:00+02:00")));
        Assert.Equal(new OpeningStatus(true, ClosesAt: At("2027-06-07T17:00:00+02:00")), sut.Status(At("2027-06-07T13:00:00+02:00")));
        Assert.Equal(new OpeningStatus(false, OpensAt: At("2027-06-07T13:00:00+02:00")), sut.Status(At("2027-06-07T12:00:00+02:00")));
    }

    [Fact]
    public void An_overnight_interval_belongs_to_the_day_it_opens_and_keeps_the_channel_open_past_midnight()
    {
        var schedule = new ChannelSchedule("Europe/Warsaw", "pl", true,
            new WeeklyHours(Friday: [OpeningInterval.Of("22:00", "02:00")]));
        var sut = new OpeningHours(schedule);

        Assert.Equal([new OpenPeriod(At("2027-06-11T22:00:00+02:00"), At("2027-06-12T02:00:00+02:00"))],
            sut.IntervalsOn(new DateOnly(2027, 6, 11)));
        Assert.Empty(sut.IntervalsOn(new DateOnly(2027, 6, 12)));
        Assert.Equal(new OpeningStatus(true, ClosesAt: At("2027-06-12T02:00:00+02:00")), sut.Status(At("2027-06-12T01:00:00+02:00")));
        Assert.Equal(At("2027-06-18T22:00:00+02:00"), sut.NextOpening(At("2027-06-12T02:00:00+02:00")));
    }

    [Fact]
    public void A_holiday_exception_closes_the_day_and_a_short_day_closes_early()
    {
        var sut = new OpeningHours(PolishShop());

        Assert.Equal(new OpeningStatus(true, ClosesAt: At("2027-12-24T14:00:00+01:00")), sut.Status(At("2027-12-24T13:00:00+01:00")));
        Assert.Equal(new OpeningStatus(false, OpensAt: At("2027-12-27T08:00:00+01:00")), sut.Status(At("2027-12-24T14:00:00+01:00")));
        Assert.Empty(sut.IntervalsOn(new DateOnly(2027, 12, 25)));
    }

    [Fact]
    public void An_exception_can_open_a_normally_closed_sunday()
    {
        var schedule = PolishShop() with
        {
            Exceptions = [new DatedHours("2027-12-19", [OpeningInterval.Of("10:00", "16:00")])],
        };
        var sut = new OpeningHours(schedule);

        Assert.True(sut.IsOpen(At("2027-12-19T12:00:00+01:00")));
        Assert.False(sut.IsOpen(At("2027-12-12T12:00:00+01:00")));
    }

    [Fact]
    public void Warsaw_spring_forward_keeps_local_opening_times_and_shortens_the_night()
    {
        var sut = new OpeningHours(EveryDay("Europe/Warsaw", Day, OpeningInterval.Of("22:00", "06:00")));

        var saturday = sut.IntervalsOn(new DateOnly(2027, 3, 27));
        var sunday = sut.IntervalsOn(new DateOnly(2027, 3, 28));

        Assert.Equal(At("2027-03-27T08:00:00+01:00"), saturday[0].Start);
        Assert.Equal(TimeSpan.FromHours(7), saturday[1].Length);
        Assert.Equal(At("2027-03-28T06:00:00+02:00"), saturday[1].End);
        Assert.Equal(At("2027-03-28T08:00:00+02:00"), sunday[0].Start);
        Assert.Equal(TimeSpan.FromHours(12), sunday[0].Length);
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_opens_when_the_clocks_come_back_into_range()
    {
        var schedule = new ChannelSchedule("Europe/Warsaw", "pl", true,
            new WeeklyHours(Sunday: [OpeningInterval.Of("02:30", "04:00")]));
        var sut = new OpeningHours(schedule);

        var period = Assert.Single(sut.IntervalsOn(new DateOnly(2027, 3, 28)));

        Assert.Equal(At("2027-03-28T03:30:00+02:00"), period.Start);
        Assert.Equal(TimeSpan.FromMinutes(30), period.Length);
    }

    [Fact]
    public void Warsaw_fall_back_lengthens_the_night_and_a_repeated_time_means_its_first_occurrence()
    {
        var sut = new OpeningHours(EveryDay("Europe/Warsaw", OpeningInterval.Of("22:00", "02:30")));

        var saturdayNight = sut.IntervalsOn(new DateOnly(2027, 10, 30))[0];

        Assert.Equal(At("2027-10-31T02:30:00+02:00"), saturdayNight.End);
        Assert.Equal(TimeSpan.FromHours(4.5), saturdayNight.Length);
        Assert.Equal(At("2027-10-31T22:00:00+01:00"), sut.IntervalsOn(new DateOnly(2027, 10, 31))[0].Start);
    }

    [Theory]
    [InlineData("2027-03-13", 7, "-05:00", "-04:00")]
    [InlineData("2027-11-06", 9, "-04:00", "-05:00")]
    public void New_york_nights_change_length_on_both_dst_changes(string saturday, int nightHours, string before, string after)
    {
        var sut = new OpeningHours(EveryDay("America/New_York", Day, OpeningInterval.Of("20:00", "04:00")));
        var date = DateOnly.Parse(saturday, System.Globalization.CultureInfo.InvariantCulture);

        var night = sut.IntervalsOn(date)[1];
        var sunday = sut.IntervalsOn(date.AddDays(1))[0];

        Assert.Equal(TimeSpan.FromHours(nightHours), night.Length);
        Assert.Equal(before, night.Start.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(after, sunday.Start.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(sunday.Start.DateTime));
    }

    [Theory]
    [InlineData("2027-01-15T05:00:00Z")]
    [InlineData("2027-07-15T05:00:00Z")]
    public void Moscow_opens_at_eight_local_in_winter_and_summer_alike(string instant)
    {
        var sut = new OpeningHours(EveryDay("Europe/Moscow"));

        var status = sut.Status(At(instant));

        Assert.True(status.Open);
        Assert.Equal(TimeSpan.FromHours(3), status.ClosesAt!.Value.Offset);
        Assert.Equal(new TimeOnly(20, 0), TimeOnly.FromDateTime(status.ClosesAt.Value.DateTime));
    }

    [Fact]
    public void Two_channels_in_different_zones_answer_for_their_own_local_time()
    {
        var clock = new FakeTimeProvider(At("2027-06-07T06:30:00Z"));
        var warsaw = new OpeningHours(Weekdays("Europe/Warsaw"));
        var newYork = new OpeningHours(Weekdays("America/New_York", "en"));

        Assert.Equal(new OpeningStatus(true, ClosesAt: At("2027-06-07T20:00:00+02:00")), warsaw.Status(clock.GetUtcNow()));
        Assert.Equal(new OpeningStatus(false, OpensAt: At("2027-06-07T08:00:00-04:00")), newYork.Status(clock.GetUtcNow()));
    }

    [Fact]
    public void Default_schedule_is_open_every_day_from_eight_to_eight_in_warsaw()
    {
        var sut = new OpeningHours(ChannelSchedule.Default());

        Assert.Equal(new OpeningStatus(false, OpensAt: At("2027-06-06T08:00:00+02:00")), sut.Status(At("2027-06-05T20:00:00+02:00")));
        Assert.False(ChannelSchedule.Default().Announcements);
    }
}
