using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using SocialCare.Core.Classification.Crisis;
using SocialCare.Core.Ports;

namespace SocialCare.Tests.Crisis;

public sealed class CrisisWindowCounterTests
{
    private static readonly DateTimeOffset Monday10 = new(2026, 11, 23, 10, 0, 30, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Monday10);
    private readonly INegativeEventWindow _window = Substitute.For<INegativeEventWindow>();
    private readonly CrisisWindowCounter sut;

    public CrisisWindowCounterTests() => sut = new CrisisWindowCounter(_window, new CrisisOptions(), _time);

    private void Stored(Func<DateTimeOffset, DateTimeOffset, IReadOnlyDictionary<DateTimeOffset, int>> counts) =>
        _window.CountByMinuteAsync("brand", Arg.Any<DateTimeOffset>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>())
            .Returns(call => Task.FromResult(counts(call.ArgAt<DateTimeOffset>(1), call.ArgAt<DateTimeOffset>(2))));

    private static IReadOnlyDictionary<DateTimeOffset, int> EveryMinute(DateTimeOffset from, DateTimeOffset to, int perMinute)
    {
        var counts = new Dictionary<DateTimeOffset, int>();
        for (var m = from; m < to; m += TimeSpan.FromMinutes(1)) counts[m] = perMinute;
        return counts;
    }

    [Fact]
    public async Task The_window_is_the_current_minute_and_the_fourteen_before_it()
    {
        Stored((from, to) => EveryMinute(from, to, 2));

        var count = await sut.CountAsync("brand", CancellationToken.None);

        Assert.Equal(30, count);
        await _window.Received(1).CountByMinuteAsync("brand", new DateTimeOffset(2026, 11, 23, 9, 46, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 10, 1, 0, TimeSpan.Zero), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_burst_reads_the_table_once_a_second_and_adds_the_events_stored_in_between()
    {
        Stored((from, to) => EveryMinute(from, to, 1));
        var first = await sut.CountAsync("brand", CancellationToken.None);
        for (var i = 0; i < 50; i++) sut.Recorded("brand");

        var during = await sut.CountAsync("brand", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));
        await sut.CountAsync("brand", CancellationToken.None);

        Assert.Equal((15, 65), (first, during));
        await _window.Received(2).CountByMinuteAsync("brand", Arg.Any<DateTimeOffset>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Settled_minutes_are_not_read_again_a_minute_later()
    {
        Stored((from, to) => EveryMinute(from, to, 1));
        await sut.CountAsync("brand", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));

        await sut.CountAsync("brand", CancellationToken.None);

        // Only the minutes that could still change (the last two and the new one) are read the second time.
        await _window.Received(1).CountByMinuteAsync("brand", new DateTimeOffset(2026, 11, 23, 9, 59, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 10, 2, 0, TimeSpan.Zero), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_usual_level_is_the_same_hour_of_the_four_previous_weeks_per_quarter_hour_and_cached_for_a_minute()
    {
        // 80 negative events in Monday 10:00-11:00 across four weeks: 20 an hour, 5 a quarter-hour.
        Stored((from, to) => from.DayOfWeek == DayOfWeek.Monday && from.Hour == 10 && to - from == TimeSpan.FromHours(1)
            ? new Dictionary<DateTimeOffset, int> { [from] = 20 }
            : new Dictionary<DateTimeOffset, int>());

        var level = await sut.UsualLevelAsync("brand", CancellationToken.None);
        await sut.UsualLevelAsync("brand", CancellationToken.None);

        Assert.Equal(5.0, level);
        Assert.Equal(15, new CrisisPolicy(new CrisisOptions(), _time).Threshold(level));
        await _window.Received(4).CountByMinuteAsync("brand", Arg.Any<DateTimeOffset>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await _window.Received(1).CountByMinuteAsync("brand", new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 26, 11, 0, 0, TimeSpan.Zero), Arg.Any<CancellationToken>());
    }
}
