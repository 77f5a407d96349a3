namespace SocialCare.Bench;

/// <summary>
/// N distinct events spread over listening, Meta (batches of 1,000, 100, 10 and 1 entries), Telegram and VK, plus
/// about 10% of the events sent a second time (the same request body again, as a platform retry would), shuffled.
/// </summary>
internal sealed record DrillPlan(string Run, IReadOnlyList<DrillRequest> Requests, int DistinctEvents, int DuplicateEvents)
{
    private static readonly int[] MetaBatchSizes = [1000, 100, 10, 1];

    public static DrillPlan Mixed(int events, int seed = 9)
    {
        var random = new Random(seed);
        var run = Guid.NewGuid().ToString("N")[..8];
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var requests = new List<DrillRequest>();
        var n = 0;
        var batch = 0;
        while (n < events)
        {
            switch (n % 4)
            {
                case 0: requests.Add(DrillEvents.Listening(run, n++)); break;
                case 1: requests.Add(DrillEvents.Telegram(run, n++, now)); break;
                case 2: requests.Add(DrillEvents.Vk(run, n++, now)); break;
                default:
                    // Meta takes a quarter of the events, but in batches: the first batch uses the ids n, n+4, n+8 …
                    var size = Math.Min(MetaBatchSizes[batch++ % MetaBatchSizes.Length], Math.Max(1, (events - n + 3) / 4));
                    var ids = Enumerable.Range(0, size).Select(i => n + 4 * i).Where(i => i < events).ToList();
                    requests.Add(DrillEvents.MetaBatch(run, ids, now));
                    n = Skip(n, ids, events, requests, run, now);
                    break;
            }
        }
        var duplicates = new List<DrillRequest>();
        var duplicated = 0;
        foreach (var r in requests.OrderBy(_ => random.Next()))
        {
            if (duplicated >= events / 10) break;
            if (duplicated + r.Tokens.Count > events / 10 + 10) continue;
            duplicates.Add(r);
            duplicated += r.Tokens.Count;
        }
        var all = requests.Concat(duplicates).OrderBy(_ => random.Next()).ToList();
        return new DrillPlan(run, all, events, duplicated);
    }

    /// <summary>
    /// After a Meta batch took ids n, n+4, …, the events between them still need their own platforms: emit them
    /// here so every id below the batch's end is used exactly once, then continue after it.
    /// </summary>
    private static int Skip(int n, List<int> metaIds, int events, List<DrillRequest> requests, string run, long now)
    {
        var end = Math.Min(events, metaIds[^1] + 1);
        for (var i = n + 1; i < end; i++)
        {
            if (i % 4 == 3) continue;
            requests.Add((i % 4) switch
            {
                0 => DrillEvents.Listening(run, i),
                1 => DrillEvents.Telegram(run, i, now),
                _ => DrillEvents.Vk(run, i, now),
            });
        }
        return end;
    }
}
