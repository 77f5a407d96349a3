namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Turns lexicon weight into a label. Complaint cues, insults and swearing count as negative weight, since in a
/// message to a brand they rarely mean anything else. Both sides strong and close → mixed.
/// </summary>
internal static class SentimentDecider
{
    private const float Threshold = 0.6f;

    public static (Sentiment Sentiment, double Confidence) Decide(TextFeatures features)
    {
        var positive = features.Positive;
        var negative = NegativeWeight(features);
        var score = positive - negative;
        var (rawPositive, rawNegative) = (features.RawPositive, negative - features.Negative + features.RawNegative);
        var balance = Math.Min(rawPositive, rawNegative) / Math.Max(1f, Math.Max(rawPositive, rawNegative));
        var contrast = features[LexiconCategory.Contrast] > 0;
        if (rawPositive >= (contrast ? 1f : 1.5f) && rawNegative >= (contrast ? 1f : 1.5f) && balance >= (contrast ? 0.4f : 0.8f))
        {
            return (Sentiment.Mixed, Confidence(Math.Min(rawPositive, rawNegative)));
        }
        if (score >= Threshold) return (Sentiment.Positive, Confidence(score));
        if (score <= -Threshold) return (Sentiment.Negative, Confidence(-score));
        return (Sentiment.Neutral, Math.Round(1 - 0.4 * (positive + negative) / (positive + negative + 2), 2));
    }

    public static float NegativeWeight(TextFeatures features) =>
        features.Negative
        + 0.6f * features[LexiconCategory.Complaint]
        + 1.0f * features[LexiconCategory.Insult]
        + 0.5f * features[LexiconCategory.Profanity];

    private static double Confidence(float strength) => Math.Round(0.5 + 0.45 * strength / (strength + 1.5), 2);
}
