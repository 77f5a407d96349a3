using SocialCare.Adapters.Learning;
using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// A trained intent model: a <see cref="LinearTextModel"/> over the words and the lexicon's signals
/// (<see cref="IntentSignals"/>) whose labels are the intents, with what it was trained from (<see cref="Info"/>).
/// </summary>
public sealed class IntentModel : IIntentModel
{
    private readonly LinearTextModel linear;
    private readonly Core.Classification.Intent[] intents;

    internal IntentModel(LinearTextModel linear, IntentModelInfo info)
    {
        this.linear = linear;
        intents = [.. linear.Labels.Select(l => IntentNames.Parse(l) ?? throw new InvalidDataException($"Unknown intent '{l}' in the model."))];
        Info = info;
    }

    public IntentModelInfo Info { get; }

    /// <summary>Features that carry weight: a measure of the model's size.</summary>
    public int Features => linear.Features;

    /// <summary>The same model described anew (its figures are known only once it has been measured).</summary>
    public IntentModel With(IntentModelInfo info) => new(linear, info);

    public IntentGuess? Predict(string text, float[] signals)
    {
        var (best, confidence, second) = linear.Predict(text, signals);
        return new IntentGuess(intents[best], confidence, intents[second]);
    }

    /// <summary>The share of <paramref name="examples"/> whose intent this model predicts.</summary>
    public double Accuracy(IReadOnlyCollection<IntentExample> examples) =>
        examples.Count == 0 ? 0 : (double)examples.Count(e => Predict(e.Text, IntentSignals.Of(e.Text))?.Intent == e.Intent) / examples.Count;

    public void Save(Stream stream) => linear.Save(stream);

    public static IntentModel Load(Stream stream, IntentModelInfo info) => new(LinearTextModel.Load(stream, IntentSignals.Count), info);
}
