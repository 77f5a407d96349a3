using Microsoft.Extensions.Time.Testing;

namespace SocialCare.Tests.Infrastructure;

/// <summary>
/// A fake clock that tells when the code under test has set a timer on it: a test moves the clock once that code is
/// parked on its delay, instead of sleeping "long enough" first and hoping it was.
/// </summary>
public sealed class TimerClock : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _set = [];
    private readonly List<(TimeSpan? Due, int Count, TaskCompletionSource Done)> _waiters = [];

    public TimerClock()
    {
    }

    public TimerClock(DateTimeOffset start) : base(start)
    {
    }

    // A timer is set when made with a due time, or later through Change (a CancellationTokenSource with a delay makes
    // its timer idle, then changes it).
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Watched(base.CreateTimer(callback, state, dueTime, period), this);
        Set(dueTime);
        return timer;
    }

    private void Set(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return;
        lock (_gate)
        {
            _set.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => Reached(w.Due, w.Count)).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>
    /// Completes once <paramref name="count"/> timers due in <paramref name="dueTime"/> (of any due time, when null) have
    /// been set since the clock was made; fails after ten seconds of real time, naming the timers that were set.
    /// </summary>
    public async Task WaitForTimerAsync(TimeSpan? dueTime = null, int count = 1)
    {
        Task done;
        lock (_gate)
        {
            if (Reached(dueTime, count)) return;
            var waiter = (dueTime, count, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
            done = waiter.Item3.Task;
        }
        try
        {
            await done.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            lock (_gate) throw new TimeoutException($"no timer due in {dueTime?.ToString() ?? "any time"} was set {count} time(s); timers set: [{string.Join(", ", _set)}]");
        }
    }

    private bool Reached(TimeSpan? dueTime, int count) => _set.Count(d => dueTime is null || d == dueTime) >= count;

    private sealed class Watched(ITimer timer, TimerClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = timer.Change(dueTime, period);
            clock.Set(dueTime);
            return changed;
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
