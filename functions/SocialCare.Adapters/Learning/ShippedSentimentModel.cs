using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Learning;

/// <summary>
/// The Polish sentiment model shipped beside the handler (<c>Models/sentiment-pl.bin</c>, trained by <c>./run train</c>),
/// loaded on first use and shared by the process. Without the file the lexicon decides.
/// </summary>
public sealed class ShippedSentimentModel : ISentimentModel
{
    private static readonly Lazy<SentimentModel?> Model = new(() => SentimentModel.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Models")));

    public bool Reads(string language) => Model.Value?.Reads(language) ?? false;

    public SentimentGuess? Predict(string text, float[] signals) => Model.Value?.Predict(text, signals);
}
