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

    public static string Detect(TextFeatures features)
    {
        var text = features.Text;
        if (text.CyrillicLetters == 0 && text.LatinLetters == 0) return Other;
        if (text.CyrillicLetters > text.LatinLetters) return Russian;
        var polish = features[LexiconCategory.Polish] + Math.Min(3, text.PolishLetters) * 0.75f;
        var english = features[LexiconCategory.English];
        var other = features[LexiconCategory.OtherLanguage];
        if (polish > english && polish >= other) return Polish;
        if (other > english && other > polish && other >= 2) return Other;
        return English;
    }
}
