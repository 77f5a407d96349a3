using SocialCare.Core.Classification.Text;

namespace SocialCare.Core.Classification;

/// <summary>What a learned intent model predicts, how sure it is (the winning class's probability), and its second choice.</summary>
public sealed record IntentGuess(Intent Intent, float Confidence, Intent? RunnerUp = null);

/// <summary>
/// A learned intent model (trained on the care corpus and the agents' corrections). Given the text and the lexicon's
/// signals (<see cref="IntentSignals"/>); safe to call from many threads. Null: no model is loaded, the rules decide.
/// </summary>
public interface IIntentModel
{
    IntentGuess? Predict(string text, float[] signals);

    /// <summary>Whether the model also learned priority from the agents' corrections (<see cref="PredictPriority"/>).</summary>
    bool PredictsPriority => false;

    /// <summary>The priority the agents' corrections teach for this text, given <see cref="PrioritySignals"/>; null: none learned.</summary>
    PriorityGuess? PredictPriority(string text, float[] signals) => null;
}

/// <summary>
/// The lexicon's view of a message as numbers a learned model weighs beside the words: hits per lexicon category,
/// positive and negative weight, the rule-based intent and sentiment (one-hot), and surface cues (question and
/// exclamation marks, links, mentions, length, capitals). Training and serving build them with this one function.
/// </summary>
public static class IntentSignals
{
    private static readonly int Categories = Enum.GetValues<LexiconCategory>().Length;
    private static readonly int Intents = Enum.GetValues<Intent>().Length;
    private static readonly int Sentiments = Enum.GetValues<Sentiment>().Length;
    private const int Surface = 8;

    /// <summary>
    /// What every signal is multiplied by: a tenth of the grams' scale, so the model's regularization lets a signal
    /// count only where the words agree. The lexicon was written against a few dozen messages; at full scale the model
    /// leaned on it and read other writers worse (leave-one-writer-out over the corpus' first five writers, L2 0.2:
    /// signals at 1: 0.757 / 0.771 / 0.755 en / pl / ru; at 0.25: 0.799 / 0.814 / 0.816; none: 0.769 / 0.791 / 0.808).
    /// Changing it changes what a saved model reads (<c>TextGrams.Version</c>).
    /// </summary>
    public const float Scale = 0.1f;

    /// <summary>The vector's length: a model trained on another length cannot read these.</summary>
    public static int Count { get; } = Categories + Intents + Sentiments + Surface;

    /// <summary>For training and evaluation: the same analysis the classifier makes.</summary>
    public static float[] Of(string text)
    {
        var features = LexiconScorer.Score(Tokenizer.Tokenize(text), Lexicon.Embedded);
        var language = LanguageDetector.Detect(features);
        var (sentiment, _) = SentimentDecider.Decide(features, language);
        return Of(features, IntentDecider.Decide(features, sentiment), sentiment);
    }

    internal static float[] Of(TextFeatures features, Intent ruled, Sentiment sentiment)
    {
        var v = new float[Count];
        for (var i = 0; i < Categories; i++) v[i] = Math.Min(features[(LexiconCategory)i], 3f) / 3f;
        v[Categories + (int)ruled] = 1;
        v[Categories + Intents + (int)sentiment] = 1;
        var text = features.Text;
        var s = Categories + Intents + Sentiments;
        v[s] = Math.Min(features.Positive, 3f) / 3f;
        v[s + 1] = Math.Min(features.Negative, 3f) / 3f;
        v[s + 2] = text.QuestionMarks > 0 || features.OpensWithQuestionWord ? 1 : 0;
        v[s + 3] = Math.Min(text.ExclamationMarks, 3) / 3f;
        v[s + 4] = text.Urls > 0 ? 1 : 0;
        v[s + 5] = text.Mentions > 0 ? 1 : 0;
        v[s + 6] = MathF.Log(1 + text.Tokens.Count) / 5f;
        var letters = text.LatinLetters + text.CyrillicLetters;
        v[s + 7] = letters == 0 ? 0 : (float)text.UpperCaseLetters / letters;
        for (var i = 0; i < v.Length; i++) v[i] *= Scale;
        return v;
    }
}
