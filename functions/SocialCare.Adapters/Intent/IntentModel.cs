using SocialCare.Adapters.Learning;
using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// A trained intent model: a <see cref="LinearTextModel"/> over the words and the lexicon's signals
/// (<see cref="IntentSignals"/>) whose labels are the intents, with what it was trained from (<see cref="Info"/>).
/// A model retrained after agents corrected priorities also carries a second one, over the words,
/// <see cref="PrioritySignals"/> and the rules' level, whose labels are the levels 1–4 (<see cref="PredictPriority"/>).
/// </summary>
public sealed class IntentModel : IIntentModel
{
    // Written after the intent weights when a priority model follows them; a file without it is intent only.
    private const int PriorityMarker = 0x31495250; // "PRI1"

    private readonly LinearTextModel linear;
    private readonly LinearTextModel? priority;
    private readonly Core.Classification.Intent[] intents;
    private readonly int[] levels;

    internal IntentModel(LinearTextModel linear, IntentModelInfo info, LinearTextModel? priority = null)
    {
        this.linear = linear;
        this.priority = priority;
        intents = [.. linear.Labels.Select(l => IntentNames.Parse(l) ?? throw new InvalidDataException($"Unknown intent '{l}' in the model."))];
        levels = priority is null ? [] : [.. priority.Labels.Select(l => int.TryParse(l, out var level) && level is >= 1 and <= 4 ? level : throw new InvalidDataException($"Unknown priority '{l}' in the model."))];
        Info = info;
    }

    public IntentModelInfo Info { get; }

    /// <summary>Features that carry weight: a measure of the model's size.</summary>
    public int Features => linear.Features;

    /// <summary>The same model described anew (its figures are known only once it has been measured).</summary>
    public IntentModel With(IntentModelInfo info) => new(linear, info, priority);

    /// <summary>The same intent model with a priority model learned from the agents' corrections.</summary>
    public IntentModel WithPriority(LinearTextModel learned) => new(linear, Info, learned);

    public bool PredictsPriority => priority is not null;

    public PriorityGuess? PredictPriority(string text, float[] signals)
    {
        if (priority is null) return null;
        var (best, confidence, _) = priority.Predict(text, signals);
        return new PriorityGuess(levels[best], confidence);
    }

    /// <summary>
    /// The share of <paramref name="corrections"/> whose corrected level this model gives (the rules' level, moved by
    /// what it learned); a model without a priority model gives the rules' level.
    /// </summary>
    public double PriorityAccuracy(IReadOnlyCollection<PriorityExample> corrections) => PriorityAccuracy(this, corrections);

    /// <summary>As <see cref="PriorityAccuracy(IReadOnlyCollection{PriorityExample})"/> for any model; null: the rules alone.</summary>
    public static double PriorityAccuracy(IIntentModel? model, IReadOnlyCollection<PriorityExample> corrections) =>
        corrections.Count == 0 ? 0 : (double)corrections.Count(c => LevelOf(model, c) == c.Level) / corrections.Count;

    private static int LevelOf(IIntentModel? model, PriorityExample c) =>
        model is { PredictsPriority: true } ? PriorityRules.LearnedLevel(c.RuledLevel, model.PredictPriority(c.Text, PrioritySignals.Of(c.Text, c.RuledLevel))) : c.RuledLevel;

    public IntentGuess? Predict(string text, float[] signals)
    {
        var (best, confidence, second) = linear.Predict(text, signals);
        return new IntentGuess(intents[best], confidence, intents[second]);
    }

    /// <summary>The share of <paramref name="examples"/> whose intent this model predicts.</summary>
    public double Accuracy(IReadOnlyCollection<IntentExample> examples) =>
        examples.Count == 0 ? 0 : (double)examples.Count(e => Predict(e.Text, IntentSignals.Of(e.Text))?.Intent == e.Intent) / examples.Count;

    public void Save(Stream stream)
    {
        linear.Save(stream);
        if (priority is null) return;
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) writer.Write(PriorityMarker);
        priority.Save(stream);
    }

    public static IntentModel Load(Stream stream, IntentModelInfo info)
    {
        var linear = LinearTextModel.Load(stream, IntentSignals.Count);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (stream.Position >= stream.Length) return new IntentModel(linear, info);
        if (reader.ReadInt32() != PriorityMarker) throw new InvalidDataException("Unknown data after the intent model: train it again (./run train).");
        return new IntentModel(linear, info, LinearTextModel.Load(stream, PrioritySignals.Count));
    }
}
