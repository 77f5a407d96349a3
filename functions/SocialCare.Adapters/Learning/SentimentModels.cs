using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Learning;

/// <summary>The sentiment models found in a folder (<c>sentiment-{language}.bin</c>), one per language.</summary>
public sealed class SentimentModels : ISentimentModel
{
    private readonly Dictionary<string, SentimentModel> byLanguage;

    public SentimentModels(IEnumerable<SentimentModel> models) => byLanguage = models.ToDictionary(m => m.Language, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Languages => byLanguage.Keys;

    public bool Reads(string language) => byLanguage.ContainsKey(language);

    public SentimentGuess? Predict(string language, string text, float[] signals) =>
        byLanguage.TryGetValue(language, out var model) ? model.Predict(text, signals) : null;

    /// <summary>Every model in <paramref name="folder"/> (none: the lexicon decides every language).</summary>
    public static SentimentModels LoadFrom(string folder)
    {
        if (!Directory.Exists(folder)) return new([]);
        return new(Directory.GetFiles(folder, SentimentModel.FileOf("*")).Order(StringComparer.Ordinal).Select(file =>
        {
            using var stream = File.OpenRead(file);
            return SentimentModel.Load(stream);
        }));
    }
}
