using Microsoft.Extensions.Caching.Hybrid;
using SocialCare.Core.Crisis;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Classification.Crisis;

/// <summary>
/// Crisis detection after classification: stores each negative event once per scope (its channel and the brand),
/// decides with <see cref="CrisisPolicy"/> and keeps one open episode per scope with optimistic concurrency, so any
/// number of instances agree. Returns the Crisis notifications to queue: open, update-N (grown by
/// <see cref="CrisisOptions.GrowthForUpdate"/> since the last announcement, or a safety escalation) and close.
/// </summary>
public sealed class CrisisDetector(
    INegativeEventWindow window,
    ICrisisEpisodeStore episodes,
    CrisisWindowCounter counter,
    CrisisPolicy policy,
    CrisisOptions options,
    TimeProvider time,
    HybridCache cache)
{
    private const int MaxAttempts = 8;
    private const int MaxExamples = 5;
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(1);

    // The open row per scope as last read here, reused for a second: in a wave every event would otherwise read it.
    // Safe because every write carries the ETag it was decided on: a stale copy fails the write and is read again.
    private readonly Caching.ReadThroughCache _openRows = new(cache, "crisis-open-rows", TimeSpan.FromSeconds(1));

    /// <param name="redelivered">The queue delivered this message before: the event may already be counted in an earlier minute.</param>
    public async Task<IReadOnlyList<NotifyMessage>> ObserveAsync(InboundEvent e, Classification classification, string? traceParent, bool redelivered, CancellationToken cancellationToken)
    {
        var fromCustomer = e.Action == EventAction.Created && !e.FromBrand;
        var negative = fromCustomer && classification.IsNegative;
        var safety = fromCustomer && classification.Has(Signals.Safety);
        var example = negative || safety ? ExampleOf(e) : null;
        var notifications = new List<NotifyMessage>();
        var scopes = CrisisScopes.For(e.ChannelId);
        var recorded = negative && await window.RecordAsync(scopes, e.EventId, time.GetUtcNow(), redelivered ? options.Window : TimeSpan.Zero, cancellationToken);
        foreach (var scope in scopes)
        {
            if (recorded) counter.Recorded(scope);
            notifications.AddRange(await EvaluateAsync(scope, safety, example, traceParent, cancellationToken, mayUseCopy: !safety));
        }
        return notifications;
    }

    /// <summary>The clock tick: closes open episodes that stayed below the threshold for the quiet period.</summary>
    public async Task<IReadOnlyList<NotifyMessage>> CloseQuietAsync(CancellationToken cancellationToken)
    {
        var notifications = new List<NotifyMessage>();
        foreach (var scope in await episodes.ListOpenScopesAsync(cancellationToken))
        {
            notifications.AddRange(await EvaluateAsync(scope, safety: false, example: null, traceParent: null, cancellationToken, mayUseCopy: false));
        }
        return notifications;
    }

    /// <param name="mayUseCopy">A copy of the open row read within the last second will do for the first attempt (not
    /// for closing, nor for a safety escalation, which must see the episode as it is).</param>
    private async Task<IReadOnlyList<NotifyMessage>> EvaluateAsync(string scope, bool safety, CrisisExample? example, string? traceParent, CancellationToken cancellationToken, bool mayUseCopy)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var open = await OpenRowAsync(scope, mayUseCopy && attempt == 0, cancellationToken);
            if (open is null && example is null && !safety) return [];
            var count = await counter.CountAsync(scope, cancellationToken);
            var usual = await counter.UsualLevelAsync(scope, cancellationToken);
            var decision = policy.Decide(scope, count, usual, open?.Value.Window, safety);
            var now = time.GetUtcNow();
            switch (decision.Action)
            {
                case CrisisAction.Open:
                    var opened = new CrisisState(decision.Episode!, NewEpisode(scope, count, usual, decision.Threshold, safety, example, now), 0, count, example is null ? [] : [example.Text]);
                    Forget(scope);
                    if (!await episodes.TrySaveOpenAsync(opened, null, cancellationToken)) continue;
                    await episodes.SaveEpisodeAsync(opened.Episode, cancellationToken);
                    return [Notify(opened.Episode.Id, "open", traceParent)];
                case CrisisAction.Close when open is not null:
                    Forget(scope);
                    if (!await episodes.TryCloseAsync(scope, open.Version, cancellationToken)) continue;
                    var closed = open.Value.Episode with { ClosedAt = now, UpdatedAt = now, Count = count };
                    await episodes.SaveEpisodeAsync(closed, cancellationToken);
                    return [Notify(closed.Id, "close", traceParent)];
                default:
                    if (open is null || decision.Episode is null) return [];
                    var (saved, notification) = await GrowAsync(open, decision, safety, example, count, usual, traceParent, cancellationToken);
                    if (saved) return notification is null ? [] : [notification];
                    continue;
            }
        }
        throw new ConcurrencyConflictException($"Gave up updating the crisis episode of {scope} after {MaxAttempts} conflicting attempts.");
    }

    private async Task<Versioned<CrisisState>?> OpenRowAsync(string scope, bool mayUseCopy, CancellationToken cancellationToken)
    {
        if (!mayUseCopy) Forget(scope);
        return await _openRows.GetAsync(scope, ct => episodes.GetOpenAsync(scope, ct), cancellationToken);
    }

    // A write changes the row's version (or finds it changed): the next event reads it afresh.
    private void Forget(string scope) => _openRows.Forget(scope);

    private async Task<(bool Saved, NotifyMessage? Notification)> GrowAsync(
        Versioned<CrisisState> open, CrisisDecision decision, bool safety, CrisisExample? example, int count, double usual, string? traceParent, CancellationToken cancellationToken)
    {
        var state = open.Value;
        var escalate = safety && !state.Episode.SafetyEscalation;
        var grown = decision.Action == CrisisAction.Update
            && count >= Math.Max(state.AnnouncedCount + 1, (int)Math.Ceiling(state.AnnouncedCount * options.GrowthForUpdate));
        var announce = escalate || grown;
        // Between announcements the row is refreshed at most once a minute, so a burst does not contend on it.
        if (!announce && decision.Episode!.LastAboveThresholdAt - state.Window.LastAboveThresholdAt < RefreshEvery) return (true, null);
        var now = time.GetUtcNow();
        var sample = state.SampleWith(example?.Text);
        var next = state with
        {
            Sample = sample,
            Window = decision.Episode!,
            Episode = state.Episode with
            {
                UpdatedAt = now,
                Count = count,
                UsualLevel = usual,
                Threshold = decision.Threshold,
                SafetyEscalation = state.Episode.SafetyEscalation || safety,
                WorstExamples = WithExample(state.Episode.WorstExamples, example, safety),
                TopPhrases = Core.Crisis.TopPhrases.Of(sample),
            },
            Updates = announce ? state.Updates + 1 : state.Updates,
            AnnouncedCount = announce ? count : state.AnnouncedCount,
        };
        Forget(state.Episode.Scope);
        if (!await episodes.TrySaveOpenAsync(next, open.Version, cancellationToken)) return (!announce, null);
        await episodes.SaveEpisodeAsync(next.Episode, cancellationToken);
        return (true, announce ? Notify(next.Episode.Id, $"update-{next.Updates}", traceParent) : null);
    }

    private static Core.Crisis.CrisisEpisode NewEpisode(string scope, int count, double usual, int threshold, bool safety, CrisisExample? example, DateTimeOffset now) =>
        new(
            Id: $"crisis-{Guid.CreateVersion7(now):N}",
            Scope: scope,
            OpenedAt: now,
            UpdatedAt: now,
            ClosedAt: null,
            Count: count,
            UsualLevel: usual,
            Threshold: threshold,
            TopPhrases: example is null ? [] : Core.Crisis.TopPhrases.Of([example.Text]),
            WorstExamples: example is null ? [] : [example],
            SafetyEscalation: safety);

    private static IReadOnlyList<CrisisExample> WithExample(IReadOnlyList<CrisisExample> examples, CrisisExample? example, bool safety)
    {
        if (example is null || examples.Any(x => x.EventId == example.EventId)) return examples;
        // Safety examples go first; otherwise the newest few are kept.
        return safety ? [example, .. examples.Take(MaxExamples - 1)] : [.. examples.TakeLast(MaxExamples - 1), example];
    }

    private static CrisisExample ExampleOf(InboundEvent e) =>
        new(e.ConversationKey, e.EventId, e.Text.Length <= 280 ? e.Text : e.Text[..280], e.Permalink, e.Platform);

    private static NotifyMessage Notify(string episodeId, string step, string? traceParent) =>
        new(NotifyMessage.CurrentVersion, $"{episodeId}:{step}", NotificationKind.Crisis, EpisodeId: episodeId, TraceParent: traceParent);
}
