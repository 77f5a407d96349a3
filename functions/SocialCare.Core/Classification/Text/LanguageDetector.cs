namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Script first (Cyrillic → ru), then, for Latin script, Polish letters and function words against English and a few
/// other European languages' function words. Latin text with no evidence either way is taken as English.
/// </summary>
internal static class LanguageDetector
{
    public const string Polish = "pl";
    public const string Russian = "ru";
    public const string English = "en";
    public const string Other = "other";

    /// <summary>Words with letter pairs and endings common in Polish and rare in English, for Polish typed without diacritics.</summary>
    private static int PolishLookingWords(TokenizedText text)
    {
        var count = 0;
        foreach (var token in text.Tokens)
        {
            var word = token.Value;
            if (token.IsEmoji || word.Length < 4) continue;
            if (word.Contains("rz", StringComparison.Ordinal) || word.Contains("cz", StringComparison.Ordinal)
                || word.Contains("sz", StringComparison.Ordinal) || word.Contains("dz", StringComparison.Ordinal)
                || word.EndsWith("ych", StringComparison.Ordinal) || word.EndsWith("ego", StringComparison.Ordinal)
                || word.EndsWith("ami", StringComparison.Ordinal) || word.EndsWith("owa", StringComparison.Ordinal)
                || word.EndsWith("owi", StringComparison.Ordinal) || word.EndsWith("iem", StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }

    public static string Detect(TextFeatures features)
    {
        var text = features.Text;
        if (text.CyrillicLetters == 0 && text.LatinLetters == 0) return Other;
        if (text.CyrillicLetters > text.LatinLetters) return Russian;
        var polish = features[LexiconCategory.Polish] + Math.Min(3, text.PolishLetters) * 0.75f + Math.Min(3, PolishLookingWords(text)) * 0.5f;
        var english = features[LexiconCategory.English];
        var other = features[LexiconCategory.OtherLanguage];
        if (polish > english && polish >= other) return Polish;
        if (other > english && other > polish && other >= 2) return Other;
        return English;
    }
}
