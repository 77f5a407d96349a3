namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Turns lexicon weight into a label. Complaint cues, insults and swearing count as negative weight, since in a
/// message to a brand they rarely mean anything else. Both sides strong and close → mixed. Polish and English have
/// profiles of their own (<see cref="Polish"/>, <see cref="English"/>); Russian and the rest keep the thresholds their
/// figures were measured with.
/// </summary>
internal static class SentimentDecider
{
    private static readonly Profile Default = new(Positive: 0.6f, Negative: 0.6f, ContrastSide: 1f, ContrastBalance: 0.4f,
        PlainSide: 1.5f, PlainBalance: 0.8f, ReportingDamping: 1f, OpposedClauses: float.PositiveInfinity, HedgedSides: float.PositiveInfinity);

    /// <summary>
    /// Polish opinion sentences (reviews of doctors, shops) are short and say "but" when they are torn: any praise and
    /// blame on either side of "ale"/"jednak"/"choć" is mixed. Negative verdicts are stated more weakly than praise
    /// ("nie wiem, za co zapłaciłam"), so less weight makes them negative. News and science sentences (reporting
    /// register, or the „quotes” and en dashes of edited news) describe rather than judge, so their sentiment words
    /// count for a fifth. A clause before the contrast that leans one way and a clause after it that leans the other
    /// ("drogo, ale warto") is mixed even when the words on one side are weak, and so is any praise with blame next to
    /// a hedge ("ogólnie", "owszem", "nieco", "zobaczymy"). Thresholds were checked on both halves of the Polish dev
    /// set so that they are not one half's noise.
    /// </summary>
    private static readonly Profile Polish = new(Positive: 0.6f, Negative: 0.5f, ContrastSide: 0.6f, ContrastBalance: 0.2f,
        PlainSide: 2f, PlainBalance: 0.8f, ReportingDamping: 0.2f, OpposedClauses: 0.3f, HedgedSides: 0.3f);

    /// <summary>
    /// The English lexicon also carries the broad VADER list, so English posts collect incidental mild weight ("sure",
    /// "fun", "free"): a positive label needs a little more than one such word, and mixed needs a contrast word ("but",
    /// "however"), since a one-sided tweet often picks up some weight on the other side.
    /// </summary>
    private static readonly Profile English = Default with { Positive = 0.8f, PlainSide = float.PositiveInfinity };

    public static (Sentiment Sentiment, double Confidence) Decide(TextFeatures features, string language = LanguageDetector.English)
    {
        var profile = language switch
        {
            LanguageDetector.Polish => Polish,
            LanguageDetector.English => English,
            _ => Default,
        };
        var reporting = features[LexiconCategory.Reporting] >= 1 || features.Text.PressMarks > 0;
        var damping = reporting ? profile.ReportingDamping : 1f;
        var positive = features.Positive * damping;
        var negative = NegativeWeight(features) * damping;
        var score = positive - negative;
        var rawPositive = features.RawPositive * damping;
        var rawNegative = (NegativeWeight(features) - features.Negative + features.RawNegative) * damping;
        var balance = Math.Min(rawPositive, rawNegative) / Math.Max(1f, Math.Max(rawPositive, rawNegative));
        var contrast = features[LexiconCategory.Contrast] > 0;
        var side = contrast ? profile.ContrastSide : profile.PlainSide;
        if (rawPositive >= side && rawNegative >= side && balance >= (contrast ? profile.ContrastBalance : profile.PlainBalance))
        {
            return (Sentiment.Mixed, Confidence(Math.Min(rawPositive, rawNegative)));
        }
        if (features.LeadScore is { } leadScore)
        {
            var lead = leadScore * damping;
            var rest = rawPositive - rawNegative - lead;
            var opposed = profile.OpposedClauses;
            if ((lead >= opposed && rest <= -opposed) || (lead <= -opposed && rest >= opposed))
            {
                return (Sentiment.Mixed, Confidence(Math.Min(Math.Abs(lead), Math.Abs(rest))));
            }
        }
        if (features[LexiconCategory.Hedge] > 0 && rawPositive >= profile.HedgedSides && rawNegative >= profile.HedgedSides)
        {
            return (Sentiment.Mixed, Confidence(Math.Min(rawPositive, rawNegative)));
        }
        if (score >= profile.Positive) return (Sentiment.Positive, Confidence(score));
        if (score <= -profile.Negative) return (Sentiment.Negative, Confidence(-score));
        return (Sentiment.Neutral, Math.Round(1 - 0.4 * (positive + negative) / (positive + negative + 2), 2));
    }

    public static float NegativeWeight(TextFeatures features) =>
        features.Negative
        + 0.6f * features[LexiconCategory.Complaint]
        + 1.0f * features[LexiconCategory.Insult]
        + 0.5f * features[LexiconCategory.Profanity];

    private static double Confidence(float strength) => Math.Round(0.5 + 0.45 * strength / (strength + 1.5), 2);

    private readonly record struct Profile(float Positive, float Negative, float ContrastSide, float ContrastBalance,
        float PlainSide, float PlainBalance, float ReportingDamping, float OpposedClauses, float HedgedSides);
}
