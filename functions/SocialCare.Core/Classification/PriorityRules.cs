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

    /// <summary>52_400 → "52k", 1_250_000 → "1.3M", 900 → "900".</summary>
    public static string FormatFollowers(long followers) => followers switch
    {
        >= 1_000_000 => (followers / 1_000_000d).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 => (followers / 1_000).ToString(CultureInfo.InvariantCulture) + "k",
        _ => followers.ToString(CultureInfo.InvariantCulture),
    };
}
