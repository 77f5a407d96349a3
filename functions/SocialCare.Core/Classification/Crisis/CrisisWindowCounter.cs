using System.Collections.Concurrent;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// Counts negative events per scope for the crisis rule, keeping the per-event cost small:
/// <list type="bullet">
/// <item>Window: the current minute bucket and the ones before it that make up <see cref="CrisisOptions.Window"/>
/// (15 buckets by default). Buckets are by arrival time, so a bucket older than <see cref="SettledAfter"/> no longer
/// changes and its count is cached: each event reads only the last couple of minutes from the table, and those at
/// most every <see cref="LiveRefresh"/> per scope; in between, the events this instance stored itself are added, so a
/// burst costs one key-only read a second per scope rather than one per event.</item>
/// <item>Usual level for the hour of the week: the negative events in the same hour of each of the previous
/// <see cref="BaselineWeeks"/> weeks, averaged per week and divided into window-sized slices
/// (total ÷ 4 weeks ÷ 4 quarter-hours). Cached per scope and hour for a minute.</item>
/// </list>
/// </summary>
public sealed class CrisisWindowCounter(INegativeEventWindow window, CrisisOptions options, TimeProvider time)
{
    public const int BaselineWeeks = 4;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SettledAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BaselineCacheFor = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LiveRefresh = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<(string Scope, DateTimeOffset Minute), int> _settled = new();
    private readonly ConcurrentDictionary<(string Scope, DateTimeOffset Hour), (double Level, DateTimeOffset Until)> _baselines = new();
    private readonly ConcurrentDictionary<string, LiveCount> _live = new();

    // One table read at a time per scope: when the live count expires, the events being classified at that moment
    // all need it, and without this each would scan for it.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _reading = new();

    /// <summary>This instance stored a new event for the scope: counted until the next live read.</summary>
    public void Recorded(string scope)
    {
        if (_live.TryGetValue(scope, out var live)) Interlocked.Increment(ref live.AddedSince);
    }

    public async Task<int> CountAsync(string scope, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = Floor(now, Minute);
        var buckets = Math.Max(1, (int)Math.Round(options.Window / Minute));
        var first = current - Minute * (buckets - 1);
        var total = 0;
        var missingFrom = (DateTimeOffset?)null;
        for (var minute = first; minute <= current; minute += Minute)
        {
            if (_settled.TryGetValue((scope, minute), out var cached)) total += cached;
            else
            {
                missingFrom = minute;
                break;
            }
        }
        if (missingFrom is { } from)
        {
            if (LiveCountFor(scope, from, current, now) is { } fresh) return total + fresh;
            var reading = _reading.GetOrAdd(scope, _ => new SemaphoreSlim(1, 1));
            await reading.WaitAsync(cancellationToken);
            try
            {
                if (LiveCountFor(scope, from, current, now) is { } readMeanwhile) return total + readMeanwhile;
                total += await ReadLiveAsync(scope, from, current, now, cancellationToken);
            }
            finally
            {
                reading.Release();
            }
        }
        Forget(first);
        return total;
    }

    private int? LiveCountFor(string scope, DateTimeOffset from, DateTimeOffset current, DateTimeOffset now) =>
        _live.TryGetValue(scope, out var live) && live.From == from && live.To == current && now - live.ReadAt < LiveRefresh
            ? live.Count + Volatile.Read(ref live.AddedSince)
            : null;

    /// <summary>Reads the minutes from <paramref name="from"/> on; caches those that settled; returns their sum.</summary>
    private async Task<int> ReadLiveAsync(string scope, DateTimeOffset from, DateTimeOffset current, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var total = 0;
        var counts = await window.CountByMinuteAsync(scope, from, current + Minute, cancellationToken);
        var unsettled = 0;
        for (var minute = from; minute <= current; minute += Minute)
        {
            var count = counts.GetValueOrDefault(minute);
            if (minute + SettledAfter <= now)
            {
                _settled[(scope, minute)] = count;
                total += count;
            }
            else unsettled += count;
        }
        total += unsettled;
        var settledUpTo = from;
        while (settledUpTo <= current && _settled.ContainsKey((scope, settledUpTo))) settledUpTo += Minute;
        _live[scope] = new LiveCount(settledUpTo, current, now, unsettled);
        return total;
    }

    public async Task<double> UsualLevelAsync(string scope, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = Floor(now, TimeSpan.FromHours(1));
        if (_baselines.TryGetValue((scope, hour), out var cached) && cached.Until > now) return cached.Level;
        var total = 0;
        for (var week = 1; week <= BaselineWeeks; week++)
        {
            var start = hour - TimeSpan.FromDays(7 * week);
            var counts = await window.CountByMinuteAsync(scope, start, start + TimeSpan.FromHours(1), cancellationToken);
            total += counts.Values.Sum();
        }
        var slicesPerHour = TimeSpan.FromHours(1) / options.Window;
        var level = total / (double)BaselineWeeks / slicesPerHour;
        _baselines[(scope, hour)] = (level, now + BaselineCacheFor);
        foreach (var key in _baselines.Keys.Where(k => k.Hour < hour)) _baselines.TryRemove(key, out _);
        return level;
    }

    private sealed class LiveCount(DateTimeOffset from, DateTimeOffset to, DateTimeOffset readAt, int count)
    {
        public DateTimeOffset From { get; } = from;
        public DateTimeOffset To { get; } = to;
        public DateTimeOffset ReadAt { get; } = readAt;
        public int Count { get; } = count;
        public int AddedSince;
    }

    public static DateTimeOffset Floor(DateTimeOffset at, TimeSpan unit) =>
        new(at.UtcTicks - at.UtcTicks % unit.Ticks, TimeSpan.Zero);

    private void Forget(DateTimeOffset before)
    {
        foreach (var key in _settled.Keys.Where(k => k.Minute < before)) _settled.TryRemove(key, out _);
    }
}
