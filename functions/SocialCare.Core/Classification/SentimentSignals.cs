using SocialCare.Core.Classification.Text;

namespace SocialCare.Core.Classification;

/// <summary>What a learned sentiment model predicts, and how sure it is (the winning label's probability).</summary>
public sealed record SentimentGuess(Sentiment Sentiment, float Confidence);

/// <summary>
/// Learned sentiment models for the languages they were trained on (<see cref="Reads"/>); for the others the lexicon
/// decides. Given the language, the text and the lexicon's signals (<see cref="SentimentSignals"/>); safe to call from
/// many threads.
/// </summary>
public interface ISentimentModel
{
    bool Reads(string language);

    /// <summary>Null for a language it has no model for.</summary>
    SentimentGuess? Predict(string language, string text, float[] signals);
}

/// <summary>
/// The lexicon's reading of a text's sentiment as numbers a learned model weighs beside the words: positive and
/// negative weight (plain and before negation), whether it turns on a contrast ("ale", "but"), hedges or reports,
/// how its first clause leans, the rules' label (one-hot), and surface cues. Training and serving build them with this
/// one function.
/// </summary>
public static class SentimentSignals
{
    private static readonly int Sentiments = Enum.GetValues<Sentiment>().Length;
    private const int Weights = 11;

    /// <summary>The vector's length: a model trained on another length cannot read these.</summary>
    public static int Count { get; } = Weights + Sentiments;

    /// <summary>For training and evaluation: the same analysis the classifier makes.</summary>
    public static float[] Of(string text)
    {
        var features = LexiconScorer.Score(Tokenizer.Tokenize(text), Lexicon.Embedded);
        var (sentiment, _) = SentimentDecider.Decide(features, LanguageDetector.Detect(features));
        return Of(features, sentiment);
    }

    internal static float[] Of(TextFeatures features, Sentiment ruled)
    {
        var v = new float[Count];
        var text = features.Text;
        v[0] = Squash(features.Positive);
        v[1] = Squash(SentimentDecider.NegativeWeight(features));
        v[2] = Squash(features.RawPositive);
        v[3] = Squash(features.RawNegative);
        v[4] = features[LexiconCategory.Contrast] > 0 ? 1 : 0;
        v[5] = features[LexiconCategory.Hedge] > 0 ? 1 : 0;
        v[6] = features[LexiconCategory.Reporting] > 0 || text.PressMarks > 0 ? 1 : 0;
        v[7] = features.LeadScore is { } lead ? Math.Clamp(lead, -3f, 3f) / 3f : 0;
        v[8] = features[LexiconCategory.Negation] > 0 ? 1 : 0;
        v[9] = Math.Min(text.ExclamationMarks, 3) / 3f + (text.QuestionMarks > 0 ? 1 : 0);
        v[10] = MathF.Log(1 + text.Tokens.Count) / 5f;
        v[Weights + (int)ruled] = 1;
        return v;
    }

    private static float Squash(float weight) => Math.Min(weight, 3f) / 3f;
}
