using System.Diagnostics;

namespace SocialCare.Bench;

/// <summary>Runs an operation <c>count</c> times with <c>concurrency</c> workers; reports throughput and latencies.</summary>
internal sealed record LoadRun(string Name, double PerSecond, Latencies Latencies, int Failures)
{
    public static async Task<LoadRun> MeasureAsync(string name, int count, int concurrency, Func<int, Task<bool>> operation)
    {
        for (var i = 0; i < Math.Min(concurrency * 2, count); i++) await operation(-1 - i); // warm-up
        var next = -1;
        var times = new double[count];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                if (!await operation(i)) Interlocked.Increment(ref failures);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }));
        var run = new LoadRun(name, count / clock.Elapsed.TotalSeconds, new Latencies(times), failures);
        Console.WriteLine($"  {name,-34} {run.PerSecond,9:F0} req/s  {run.Latencies}  failures={failures}");
        return run;
    }
}
