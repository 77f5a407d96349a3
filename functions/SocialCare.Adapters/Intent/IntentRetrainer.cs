using Microsoft.Extensions.Logging;
using SocialCare.Core.Classification.Corrections;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// Learns from the agents: trains a candidate from the corpus and the agents' intent corrections, measures it and the
/// active model on corrections held back from training (every fifth, in the order they were made; with none held
/// back yet, on the corpus), keeps the candidate as a version, and promotes it only when it is not worse. The agents'
/// priority corrections teach the candidate a priority model the same way (<see cref="IntentTrainer.TrainPriority"/>),
/// measured on the priority corrections held back; a candidate worse there is not promoted either.
/// </summary>
public sealed partial class IntentRetrainer(IntentCorpusFolder corpusFolder, ILabelCorrectionStore corrections, TableIntentModelStore store, ActiveIntentModel active, TimeProvider time, ILogger<IntentRetrainer> logger)
{
    /// <summary>A correction is the brand's own judgement on its own traffic: it counts as much as three corpus messages.</summary>
    public const float CorrectionWeight = 3f;

    public const int HoldBackEvery = 5;

    /// <summary>Stored versions kept besides the active one and those a rollback reaches; older ones are deleted after a retrain.</summary>
    public const int KeepVersions = 20;

    public const string Shipped = "shipped";

    public async Task<RetrainOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var (corpus, digest) = IntentCorpus.Read(corpusFolder.Path);
        var all = await CorrectionsAsync(cancellationToken);
        var learned = IntentExamples(all);
        var (held, taught) = HoldBack(learned);
        IReadOnlyList<IntentExample> evaluation = held.Count > 0 ? held : corpus;
        var examples = corpus.Concat(taught).ToList();

        var (heldPriorities, taughtPriorities) = HoldBack(PriorityExamples(all));

        var now = time.GetUtcNow();
        var version = $"r{now:yyyyMMddHHmmss}";
        var candidate = IntentTrainer.Train(examples, new IntentModelInfo(version, now, examples.Count, taught.Count, digest, new Dictionary<string, double>(), taughtPriorities.Count));
        if (taughtPriorities.Count > 0) candidate = candidate.WithPriority(IntentTrainer.TrainPriority(corpus, taughtPriorities, CorrectionWeight));
        var (candidateScore, activeScore) = (candidate.Accuracy(evaluation), active.Current?.Accuracy(evaluation) ?? 0);
        var measuredOn = held.Count > 0 ? "heldback" : "corpus";
        var figures = new Dictionary<string, double>
        {
            [$"{measuredOn}.accuracy"] = Math.Round(candidateScore, 3),
            [$"{measuredOn}.accuracy.previous"] = Math.Round(activeScore, 3),
            [$"{measuredOn}.count"] = evaluation.Count,
        };
        // Priority: the share of held-back priority corrections whose level the model gives; a model without a priority
        // model (or none at all) gives the rules' level, as classification would.
        var (candidatePriority, activePriority) = (candidate.PriorityAccuracy(heldPriorities), IntentModel.PriorityAccuracy(active.Current, heldPriorities));
        if (heldPriorities.Count > 0)
        {
            figures["priority.heldback.accuracy"] = Math.Round(candidatePriority, 3);
            figures["priority.heldback.accuracy.previous"] = Math.Round(activePriority, 3);
            figures["priority.heldback.count"] = heldPriorities.Count;
        }
        candidate = candidate.With(candidate.Info with { Figures = figures });
        await store.SaveAsync(candidate, cancellationToken);
        var promoted = candidateScore >= activeScore && candidatePriority >= activePriority && await PointAsync(candidate.Info.Version, cancellationToken);
        if (promoted) active.Use(candidate);
        await PruneAsync(version, cancellationToken);
        LogRetrained(version, examples.Count, taught.Count, measuredOn, evaluation.Count, candidateScore, activeScore, taughtPriorities.Count, heldPriorities.Count, candidatePriority, activePriority, promoted);
        return new RetrainOutcome(candidate.Info, promoted, candidateScore, activeScore, measuredOn, evaluation.Count);
    }

    /// <summary>Makes <paramref name="version"/> (default: the one active before) the active model; null when there is no such version.</summary>
    public async Task<string?> RollBackAsync(string? version, CancellationToken cancellationToken)
    {
        var pointer = await store.GetActiveAsync(cancellationToken);
        var target = version ?? pointer?.Previous.FirstOrDefault() ?? Shipped;
        IntentModel? model = null;
        if (target != Shipped && (model = await store.LoadAsync(target, cancellationToken)) is null) return null;
        if (!await PointAsync(target, cancellationToken)) return null;
        if (model is null) active.UseShipped();
        else active.Use(model);
        return target;
    }

    private async Task<bool> PointAsync(string version, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var pointer = await store.GetActiveAsync(cancellationToken);
            IReadOnlyList<string> previous = pointer is null ? [] : [.. new[] { pointer.Version }.Concat(pointer.Previous).Where(v => v != version).Distinct()];
            if (await store.TrySetActiveAsync(version, previous, pointer?.ETag, cancellationToken)) return true;
        }
        return false;
    }

    // Old versions go after the new one is kept; a failure here leaves them for the next retrain, and the retrain stands.
    private async Task PruneAsync(string version, CancellationToken cancellationToken)
    {
        try
        {
            var pointer = await store.GetActiveAsync(cancellationToken);
            await store.PruneAsync([version, .. pointer is null ? [] : new[] { pointer.Version }.Concat(pointer.Previous)], KeepVersions, cancellationToken);
        }
        catch (Azure.RequestFailedException e)
        {
            LogPruneFailed(e);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not delete old intent model versions; the next retrain tries again")]
    private partial void LogPruneFailed(Exception exception);

    // Every fifth correction, in the order they were made, is held back to measure on; the rest are taught.
    private static (List<T> Held, List<T> Taught) HoldBack<T>(IReadOnlyList<T> corrections) =>
        ([.. corrections.Where((_, i) => i % HoldBackEvery == HoldBackEvery - 1)], [.. corrections.Where((_, i) => i % HoldBackEvery != HoldBackEvery - 1)]);

    // Every correction with the message it was made on, in the order they were made.
    private async Task<List<LabelCorrection>> CorrectionsAsync(CancellationToken cancellationToken)
    {
        var all = new List<LabelCorrection>();
        await foreach (var c in corrections.ListAsync(cancellationToken)) if (!string.IsNullOrWhiteSpace(c.Text)) all.Add(c);
        return [.. all.OrderBy(c => c.At)];
    }

    // Intent corrections; a message corrected twice counts once, as last corrected.
    private static List<IntentExample> IntentExamples(IEnumerable<LabelCorrection> all) =>
        [.. all.Where(c => c.ToIntent is not null)
            .GroupBy(c => (c.ConversationId, c.Text)).Select(g => g.Last()).OrderBy(c => c.At)
            .Select(c => new IntentExample(c.Text, c.ToIntent!.Value, c.Language ?? "other", CorrectionWeight))];

    // Priority corrections the same way, each from the level the message had before the first of them.
    private static List<PriorityExample> PriorityExamples(IEnumerable<LabelCorrection> all) =>
        [.. all.Where(c => c.ToPriority is not null)
            .GroupBy(c => (c.ConversationId, c.Text)).Select(g => (First: g.First(), Last: g.Last())).OrderBy(p => p.Last.At)
            .Select(p => new PriorityExample(p.Last.Text, p.First.FromPriority, p.Last.ToPriority!.Value))];

    [LoggerMessage(LogLevel.Information, "Intent model {Version} trained on {Examples} examples ({Corrections} corrections); on {MeasuredOn} ({Count}): {Candidate:0.000} against {Active:0.000} for the active model; priority from {PriorityCorrections} corrections, on {PriorityHeld} held back: {CandidatePriority:0.000} against {ActivePriority:0.000}; promoted: {Promoted}")]
    private partial void LogRetrained(string version, int examples, int corrections, string measuredOn, int count, double candidate, double active, int priorityCorrections, int priorityHeld, double candidatePriority, double activePriority, bool promoted);
}

/// <summary>Where the corpus a retrain starts from is read: the app's copy of <c>data/care</c>, shipped beside the handler.</summary>
public sealed record IntentCorpusFolder(string Path)
{
    public static IntentCorpusFolder Shipped { get; } = new(System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus"));
}

public sealed record RetrainOutcome(IntentModelInfo Model, bool Promoted, double Accuracy, double PreviousAccuracy, string MeasuredOn, int MeasuredCount);
