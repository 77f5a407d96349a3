using System.Globalization;

namespace SocialCare.Core.Classification;

/// <summary>
/// Derives the priority from signals, intent and sentiment, and says why.
/// P1: safety or a legal threat. P2: repeat contact, churn threat, an unhappy influencer.
/// P3: complaints, questions, purchase intent (the normal queue). P4: praise, spam, abuse, anything else.
/// </summary>
public static class PriorityRules
{
    public static PriorityAssessment Assess(Intent intent, Sentiment sentiment, IReadOnlyList<string> signals, long? followers)
    {
        var reasons = new List<(int Level, string Reason)>();
        if (signals.Contains(Signals.Safety)) reasons.Add((1, "safety signal"));
        if (signals.Contains(Signals.LegalThreat)) reasons.Add((1, "legal threat"));
        if (signals.Contains(Signals.RepeatContact)) reasons.Add((2, "repeat contact"));
        if (signals.Contains(Signals.ChurnThreat)) reasons.Add((2, "churn threat"));
        var unhappy = intent == Intent.Complaint || sentiment is Sentiment.Negative or Sentiment.Mixed;
        if (signals.Contains(Signals.Influencer))
        {
            reasons.Add((unhappy ? 2 : 3, $"influencer ({FormatFollowers(followers ?? 0)} followers)"));
        }
        if (intent == Intent.Complaint) reasons.Add((3, sentiment == Sentiment.Negative ? "negative complaint" : "complaint"));
        else if (intent == Intent.Question) reasons.Add((3, "question"));
        else if (intent == Intent.PurchaseIntent) reasons.Add((3, "purchase intent"));
        else if (sentiment == Sentiment.Negative) reasons.Add((3, "negative sentiment"));
        if (reasons.Count == 0) reasons.Add((4, intent switch
        {
            Intent.Praise => "praise",
            Intent.Spam => "spam",
            Intent.Abuse => "abuse",
            _ => "no reply needed",
        }));
        var ordered = reasons.OrderBy(r => r.Level).ToList();
        return new PriorityAssessment(ordered[0].Level, ordered.Select(r => r.Reason).ToList());
    }

    /// <summary>What a learned priority says when it moves a message off the rules' level.</summary>
    public const string LearnedReason = "as agents set it for messages like this";

    /// <summary>How sure the learned priority must be to move a message off the rules' level.</summary>
    public const float LearnedConfidence = 0.6f;

    /// <summary>
    /// The rules' priority, then what the brand's agents taught (<see cref="IIntentModel.PredictPriority"/>, learned by a
    /// retrain from their priority corrections) when the model is sure and says otherwise. A safety signal or a legal
    /// threat stays P1 whatever was learned. <paramref name="intentSignals"/>: the text's <see cref="IntentSignals"/> when
    /// the caller has them (else they are read from the text again).
    /// </summary>
    public static PriorityAssessment Assess(Intent intent, Sentiment sentiment, IReadOnlyList<string> signals, long? followers, string text, IIntentModel? model,
        float[]? intentSignals = null)
    {
        var ruled = Assess(intent, sentiment, signals, followers);
        if (model is not { PredictsPriority: true } || string.IsNullOrWhiteSpace(text)) return ruled;
        var level = LearnedLevel(ruled.Level, model.PredictPriority(text, PrioritySignals.Of(intentSignals ?? IntentSignals.Of(text), ruled.Level)));
        return level == ruled.Level ? ruled : new PriorityAssessment(level, [LearnedReason, .. ruled.Reasons]);
    }

    /// <summary>
    /// The level a message gets from the rules' level and what was learned: the learned level when it is sure, except
    /// that a P1 is never lowered (the rules give P1 only for a safety signal or a legal threat). Classification and the
    /// retrain's measure of a priority model both decide with this.
    /// </summary>
    public static int LearnedLevel(int ruledLevel, PriorityGuess? learned) =>
        learned is { Confidence: >= LearnedConfidence } && !(ruledLevel == 1 && learned.Level > 1) ? learned.Level : ruledLevel;

    /// <summary>52_400 → "52k", 1_250_000 → "1.3M", 900 → "900".</summary>
    public static string FormatFollowers(long followers) => followers switch
    {
        >= 1_000_000 => (followers / 1_000_000d).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 => (followers / 1_000).ToString(CultureInfo.InvariantCulture) + "k",
        _ => followers.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>What a learned priority predicts (1 most urgent … 4) and how sure it is.</summary>
public sealed record PriorityGuess(int Level, float Confidence);

/// <summary>
/// What the learned priority reads beside the words: the lexicon's signals (<see cref="IntentSignals"/>) and the rules'
/// level, one-hot at full scale, so where the agents taught nothing the model keeps the rules' level.
/// </summary>
public static class PrioritySignals
{
    public static int Count { get; } = IntentSignals.Count + AgentLevels;

    private const int AgentLevels = 4;

    public static float[] Of(string text, int ruledLevel) => Of(IntentSignals.Of(text), ruledLevel);

    public static float[] Of(float[] intentSignals, int ruledLevel)
    {
        if (intentSignals.Length != IntentSignals.Count) throw new ArgumentException($"Intent signals are {IntentSignals.Count} long, not {intentSignals.Length}.", nameof(intentSignals));
        var signals = new float[Count];
        intentSignals.CopyTo(signals, 0);
        signals[IntentSignals.Count + Math.Clamp(ruledLevel, 1, AgentLevels) - 1] = 1f;
        return signals;
    }
}
