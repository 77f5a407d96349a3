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
        // A failure named outright counts in a negative message, or after a contrast even when praise comes first
        // ("love the app but it logs me out").
        if (cues >= 1 && (sentiment is Sentiment.Negative or Sentiment.Mixed || features[LexiconCategory.Contrast] > 0)) return true;
        if (cues >= 0.5f && sentiment == Sentiment.Negative) return true;
        // Otherwise the evidence adds up: cues, negative wording, less any praise. Addressed to an account (@brand),
        // less of it is needed, since that is how most complaints on social media start; negative words with no
        // addressee and no named failure are more often an opinion about the world than a complaint. A lone mild cue
        // to an account ("@brand away for two weeks, can I move my delivery?") stays a question.
        var evidence = cues + 0.3f * SentimentDecider.NegativeWeight(features) - 0.2f * features.Positive
            + (features.Text.Mentions > 0 ? 0.6f : 0);
        return evidence >= 1.2f;
    }
}
