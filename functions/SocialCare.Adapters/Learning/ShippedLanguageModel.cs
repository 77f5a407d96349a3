using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Learning;

/// <summary>
/// The language model shipped beside the handler (<c>Models/language.bin</c>, trained by <c>./run train</c>), loaded on
/// first use and shared by the process. Without the file the lexicon's reading stands.
/// </summary>
public sealed class ShippedLanguageModel : ILanguageModel
{
    private static readonly Lazy<LanguageModel?> Model = new(() => LanguageModel.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Models")));

    public string? Predict(string text, float[] signals) => Model.Value?.Predict(text, signals);
}
