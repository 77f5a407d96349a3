namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Turns lexicon weight into a label. Complaint cues, insults and swearing count as negative weight, since in a
/// message to a brand they rarely mean anything else. Both sides strong and close → mixed.
/// </summary>
internal static class SentimentDecider
{
    private const float Threshold = 0.6f;

    /// <summary>
    /// The English lexicon also carries the broad VADER list, so English posts collect incidental mild weight
    /// ("sure", "fun", "free"); a positive label there needs a little more than one such word.
    /// </summary>
    private const float EnglishPositiveThreshold = 0.8f;

    public static (Sentiment Sentiment, double Confidence) Decide(TextFeatures features, string language)
    {
        var english = language == LanguageDetector.English;
        var positive = features.Positive;
        var negative = NegativeWeight(features);
        var score = positive - negative;
        var (rawPositive, rawNegative) = (features.RawPositive, negative - features.Negative + features.RawNegative);
        if (IsMixed(rawPositive, rawNegative, features[LexiconCategory.Contrast] > 0, english))
        {
            return (Sentiment.Mixed, Confidence(Math.Min(rawPositive, rawNegative)));
        }
        if (score >= (english ? EnglishPositiveThreshold : Threshold)) return (Sentiment.Positive, Confidence(score));
        if (score <= -Threshold) return (Sentiment.Negative, Confidence(-score));
        return (Sentiment.Neutral, Math.Round(1 - 0.4 * (positive + negative) / (positive + negative + 2), 2));
    }

    public static float NegativeWeight(TextFeatures features) =>
        features.Negative
        + 0.6f * features[LexiconCategory.Complaint]
        + 1.0f * features[LexiconCategory.Insult]
        + 0.5f * features[LexiconCategory.Profanity];

    /// <summary>
    /// In English, mixed needs a contrast word ("but", "however"): with the broad word list a one-sided tweet often
    /// picks up some weight on the other side, and without a "but" that is noise more often than a second opinion.
    /// </summary>
    private static bool IsMixed(float rawPositive, float rawNegative, bool contrast, bool english)
    {
        if (english && !contrast) return false;
        var balance = Math.Min(rawPositive, rawNegative) / Math.Max(1f, Math.Max(rawPositive, rawNegative));
        var least = contrast ? 1f : 1.5f;
        return rawPositive >= least && rawNegative >= least && balance >= (contrast ? 0.4f : 0.8f);
    }

    private static double Confidence(float strength) => Math.Round(0.5 + 0.45 * strength / (strength + 1.5), 2);
}
