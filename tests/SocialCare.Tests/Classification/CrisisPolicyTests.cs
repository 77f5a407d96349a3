using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Classification.Crisis;

namespace SocialCare.Tests.Classification;

public sealed class CrisisPolicyTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CrisisPolicy sut;

    public CrisisPolicyTests() => sut = new CrisisPolicy(new CrisisOptions(), clock);

    [Fact]
    public void Quiet_hour_needs_the_minimum_of_ten_to_open_an_episode()
    {
        Assert.Equal(CrisisAction.None, sut.Decide("fb:1", 9, usualLevel: 1, open: null).Action);
        Assert.Equal(CrisisAction.Open, sut.Decide("fb:1", 10, usualLevel: 1, open: null).Action);
    }

    [Fact]
    public void Busy_hour_needs_three_times_its_usual_level()
    {
        Assert.Equal(20, sut.Threshold(6.5));
        Assert.Equal(CrisisAction.None, sut.Decide("brand", 19, usualLevel: 6.5, open: null).Action);
        Assert.Equal(CrisisAction.Open, sut.Decide("brand", 20, usualLevel: 6.5, open: null).Action);
    }

    [Fact]
    public void Safety_signal_opens_an_episode_at_once()
    {
        var decision = sut.Decide("fb:1", 1, usualLevel: 2, open: null, safetySignal: true);

        Assert.Equal(CrisisAction.Open, decision.Action);
        Assert.Equal("safety signal", decision.Episode!.Reason);
    }

    [Fact]
    public void Open_episode_is_updated_only_when_it_grows()
    {
        var opened = sut.Decide("fb:1", 12, 1, null).Episode;
        clock.Advance(TimeSpan.FromMinutes(5));

        var same = sut.Decide("fb:1", 12, 1, opened);
        var grown = sut.Decide("fb:1", 30, 1, same.Episode);

        Assert.Equal(CrisisAction.None, same.Action);
        Assert.Equal(CrisisAction.Update, grown.Action);
        Assert.Equal(30, grown.Episode!.PeakCount);
    }

    [Fact]
    public void Episode_closes_after_an_hour_below_the_threshold_not_before()
    {
        var episode = sut.Decide("fb:1", 15, 1, null).Episode;

        clock.Advance(TimeSpan.FromMinutes(59));
        var stillOpen = sut.Decide("fb:1", 3, 1, episode);
        clock.Advance(TimeSpan.FromMinutes(1));
        var closed = sut.Decide("fb:1", 3, 1, stillOpen.Episode);

        Assert.Equal(CrisisAction.None, stillOpen.Action);
        Assert.Equal(CrisisAction.Close, closed.Action);
    }

    [Fact]
    public void Hour_of_week_starts_on_sunday_midnight() =>
        Assert.Equal(24 + 9, CrisisPolicy.HourOfWeek(clock.GetUtcNow()));
}
