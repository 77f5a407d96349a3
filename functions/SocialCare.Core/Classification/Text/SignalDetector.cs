namespace SocialCare.Core.Classification.Text;

/// <summary>Signals found by the lexicon's signal sections, plus the influencer signal from the author's follower count.</summary>
internal static class SignalDetector
{
    public static IReadOnlyList<string> Detect(TextFeatures features, long? followers, OfflineClassifierOptions options)
    {
        var signals = new List<string>(2);
        if (features[LexiconCategory.RepeatContact] > 0) signals.Add(Signals.RepeatContact);
        if (features[LexiconCategory.Safety] > 0) signals.Add(Signals.Safety);
        if (features[LexiconCategory.LegalThreat] > 0) signals.Add(Signals.LegalThreat);
        if (features[LexiconCategory.ChurnThreat] > 0) signals.Add(Signals.ChurnThreat);
        if (followers >= options.InfluencerFollowers) signals.Add(Signals.Influencer);
        return signals;
    }
}
