using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Learning;

/// <summary>
/// The sentiment models shipped beside the handler (<c>Models/sentiment-{language}.bin</c>, trained by
/// <c>./run train</c>), loaded on first use and shared by the process. A language without a file: the lexicon decides.
/// </summary>
public sealed class ShippedSentimentModel : ISentimentModel
{
    private static readonly Lazy<SentimentModels> Models = new(() => SentimentModels.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Models")));

    public bool Reads(string language) => Models.Value.Reads(language);

    public SentimentGuess? Predict(string language, string text, float[] signals) => Models.Value.Predict(language, text, signals);
}
