using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Hours;
using static SocialCare.Tests.Hours.Schedules;

namespace SocialCare.Tests.Hours;

public sealed class BusinessClockTests
{
    private readonly BusinessClock _sut = new(new OpeningHours(Weekdays()));

    [Fact]
    public void A_message_at_23_with_a_one_hour_target_is_due_at_nine_the_next_morning()
    {
        var clock = new FakeTimeProvider(At("2027-06-07T23:00:00+02:00"));

        Assert.Equal(At("2027-06-08T09:00:00+02:00"), _sut.Add(clock.GetUtcNow(), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_target_running_past_friday_close_continues_on_monday()
    {
        var due = _sut.Add(At("2027-06-11T19:30:00+02:00"), TimeSpan.FromHours(1));

        Assert.Equal(At("2027-06-14T08:30:00+02:00"), due);
    }

    [Fact]
    public void Elapsed_counts_only_open_time()
    {
        var elapsed = _sut.Elapsed(At("2027-06-07T19:00:00+02:00"), At("2027-06-08T09:30:00+02:00"));

        Assert.Equal(TimeSpan.FromHours(2.5), elapsed);
    }

    [Fact]
    public void Clock_starts_on_arrival_while_open_and_at_the_next_opening_while_closed()
    {
        Assert.Equal(At("2027-06-07T10:15:00+02:00"), _sut.ClockStart(At("2027-06-07T08:15:00Z")));
        Assert.Equal(At("2027-06-14T08:00:00+02:00"), _sut.ClockStart(At("2027-06-12T12:00:00+02:00")));
    }

    [Fact]
    public void A_lunch_break_does_not_count()
    {
        var sut = new BusinessClock(new OpeningHours(
            Weekdays(hours: [OpeningInterval.Of("08:00", "12:00"), OpeningInterval.Of("13:00", "17:00")])));

        Assert.Equal(At("2027-06-07T13:30:00+02:00"), sut.Add(At("2027-06-07T11:30:00+02:00"), TimeSpan.FromHours(1)));
        Assert.Equal(TimeSpan.FromHours(1), sut.Elapsed(At("2027-06-07T11:30:00+02:00"), At("2027-06-07T13:30:00+02:00")));
    }

    [Fact]
    public void Business_time_across_spring_forward_counts_real_hours_open()
    {
        var sut = new BusinessClock(new OpeningHours(EveryDay("Europe/Warsaw")));

        Assert.Equal(At("2027-03-28T09:00:00+02:00"), sut.Add(At("2027-03-27T19:00:00+01:00"), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(24), sut.Elapsed(At("2027-03-27T08:00:00+01:00"), At("2027-03-28T20:00:00+02:00")));
    }

    [Fact]
    public void A_holiday_pushes_the_due_time_past_it()
    {
        var sut = new BusinessClock(new OpeningHours(PolishShop()));

        Assert.Equal(At("2027-12-27T09:00:00+01:00"), sut.Add(At("2027-12-24T13:30:00+01:00"), TimeSpan.FromHours(1.5)));
    }
}
