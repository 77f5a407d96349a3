using SocialCare.Core.Classification.Text;

namespace SocialCare.Core.Classification;

/// <summary>
/// A learned language model: reads which of the corpus's languages (pl, ru, en) a text with letters is written in,
/// given the lexicon's reading of it (<see cref="LanguageSignals"/>); safe to call from many threads.
/// </summary>
public interface ILanguageModel
{
    /// <summary>Null when it has nothing to read with (no model shipped): the lexicon's reading stands.</summary>
    string? Predict(string text, float[] signals);
}

/// <summary>
/// The lexicon's reading of a text's language as numbers a learned model weighs beside the letters: the rules' language
/// (one-hot over en, pl, ru, other). Training and serving build them with this one function.
/// </summary>
public static class LanguageSignals
{
    private static readonly string[] Languages = [LanguageDetector.English, LanguageDetector.Polish, LanguageDetector.Russian, LanguageDetector.Other];

    /// <summary>The vector's length: a model trained on another length cannot read these.</summary>
    public static int Count => Languages.Length;

    /// <summary>For training and evaluation: the rules' reading the classifier starts from.</summary>
    public static float[] Of(string text) => [.. Reading(LanguageDetector.Detect(LexiconScorer.Score(Tokenizer.Tokenize(text), Lexicon.Embedded)))];

    // One vector per reading, made once: the models only read them.
    private static readonly float[][] Readings = [.. Languages.Select(ruled => Languages.Select(l => l == ruled ? 1f : 0f).ToArray())];

    internal static float[] Reading(string ruled) => Readings[Array.IndexOf(Languages, ruled)];
}
