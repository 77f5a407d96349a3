using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// The intent model this instance classifies with: the one shipped with the app (trained from the corpus by
/// <c>./run train</c>, loaded on first use and shared by the process) until a retrained model is promoted, which
/// replaces it without a restart. Without any model the lexicon's rules decide.
/// </summary>
public sealed class ActiveIntentModel : IIntentModel
{
    private static readonly Lazy<IntentModel?> ShippedModel = new(() =>
        File.Exists(Path.Combine(IntentModelFiles.Shipped, IntentModelFiles.ModelFile)) ? IntentModelFiles.Load(IntentModelFiles.Shipped) : null);

    private volatile IntentModel? promoted;

    public IntentModel? Current => promoted ?? ShippedModel.Value;

    public IntentGuess? Predict(string text, float[] signals) => Current?.Predict(text, signals);

    public bool PredictsPriority => Current?.PredictsPriority == true;

    public PriorityGuess? PredictPriority(string text, float[] signals) => Current?.PredictPriority(text, signals);

    /// <summary>Whether the model in use is the one shipped with the app (or none).</summary>
    public bool IsShipped => promoted is null;

    public void Use(IntentModel model) => promoted = model;

    public void UseShipped() => promoted = null;
}
