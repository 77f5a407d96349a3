namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Intent in order of what a care team must not miss: spam, then abuse (insults aimed at someone), complaint,
/// purchase intent, praise, question, other. Each rule is a count of lexicon hits plus surface cues.
/// </summary>
internal static class IntentDecider
{
    public static Intent Decide(TextFeatures features, Sentiment sentiment)
    {
        var text = features.Text;
        var spam = features[LexiconCategory.Spam] + (text.Urls > 0 ? 0.5f : 0) + (text.ExclamationMarks >= 3 ? 0.5f : 0);
        if (spam >= 2) return Intent.Spam;
        if (IsAbuse(features)) return Intent.Abuse;
        if (IsComplaint(features, sentiment)) return Intent.Complaint;
        if (features[LexiconCategory.Purchase] >= 1) return Intent.PurchaseIntent;
        if (sentiment == Sentiment.Positive && (features[LexiconCategory.Thanks] > 0 || features.Positive >= 1.5f)) return Intent.Praise;
        if (text.QuestionMarks > 0 || features.OpensWithQuestionWord) return Intent.Question;
        return Intent.Other;
    }

    private static bool IsAbuse(TextFeatures features)
    {
        var insults = features[LexiconCategory.Insult];
        var swearing = features[LexiconCategory.Profanity];
        var aimed = features[LexiconCategory.SecondPerson] > 0;
        return insults >= 2 || (insults >= 1 && (aimed || swearing > 0)) || (swearing >= 1 && aimed && features[LexiconCategory.Complaint] == 0);
    }

    private static bool IsComplaint(TextFeatures features, Sentiment sentiment)
    {
        var cues = features[LexiconCategory.Complaint] + features[LexiconCategory.RepeatContact] + features[LexiconCategory.ChurnThreat]
            + features[LexiconCategory.LegalThreat] + features[LexiconCategory.Safety];
        if (cues >= 1 && sentiment != Sentiment.Positive) return true;
        if (cues >= 1 && features.Score < 2) return true;
        if (cues >= 0.5f && sentiment is Sentiment.Negative or Sentiment.Mixed) return true;
        // Negative words aimed at an account (@brand) are how most complaints on social media start.
        return sentiment == Sentiment.Negative && (features.Negative >= 1.5f || features.Text.Mentions > 0);
    }
}
