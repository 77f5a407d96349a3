namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Script first (Cyrillic → ru), then, for Latin script, Polish letters and function words and Russian typed in Latin
/// letters ("kak uznat status zakaza") against English and a few other European languages' function words. Latin text
/// with no evidence either way is taken as English.
/// </summary>
internal static class LanguageDetector
{
    public const string Polish = "pl";
    public const string Russian = "ru";
    public const string English = "en";
    public const string Other = "other";

    private static int CountWords(TokenizedText text, int minLength, Func<string, bool> looksLike)
    {
        var count = 0;
        foreach (var token in text.Tokens)
        {
            if (!token.IsEmoji && token.Value.Length >= minLength && looksLike(token.Value)) count++;
        }
        return count;
    }

    /// <summary>Letter pairs and endings common in Polish and rare in English, for Polish typed without diacritics ("-cie": "jestescie", "macie").</summary>
    private static bool PolishLooking(string word) =>
        word.Contains("rz", StringComparison.Ordinal) || word.Contains("cz", StringComparison.Ordinal)
        || word.Contains("sz", StringComparison.Ordinal) || word.Contains("dz", StringComparison.Ordinal)
        || word.EndsWith("ych", StringComparison.Ordinal) || word.EndsWith("ego", StringComparison.Ordinal)
        || word.EndsWith("ami", StringComparison.Ordinal) || word.EndsWith("owa", StringComparison.Ordinal)
        || word.EndsWith("owi", StringComparison.Ordinal) || word.EndsWith("iem", StringComparison.Ordinal)
        || word.EndsWith("cie", StringComparison.Ordinal);

    /// <summary>
    /// Letter groups that transliterated Russian has and English and Polish rarely do: "zh", "kh", "shch", "tse" at the
    /// start ("tsena"), a consonant then "ya"/"yu"/"yo" inside a word ("pyatnica", "lyudi"), the endings "-sya", "-yu",
    /// "-yi", "-iy" ("otkazatsya", "nedelyu", "novyi").
    /// </summary>
    private static bool RussianLooking(string word) =>
        word.Contains("zh", StringComparison.Ordinal) || word.Contains("kh", StringComparison.Ordinal)
        || word.Contains("shch", StringComparison.Ordinal) || word.StartsWith("tse", StringComparison.Ordinal)
        || word.EndsWith("sya", StringComparison.Ordinal) || (word.Length > 3 && word.EndsWith("yu", StringComparison.Ordinal))
        || word.EndsWith("yi", StringComparison.Ordinal) || word.EndsWith("iy", StringComparison.Ordinal)
        || ConsonantThenYVowel(word);

    private static bool ConsonantThenYVowel(string word)
    {
        // Long words are mostly run-together hashtags ("#ThankYouObama", "#BeautyAndTheBeast").
        if (word.Length > 11 || word.Contains("you", StringComparison.Ordinal)
            || word.StartsWith("any", StringComparison.Ordinal) || word.StartsWith("every", StringComparison.Ordinal)) return false;
        for (var i = 1; i < word.Length - 2; i++)
        {
            if (word[i] == 'y' && word[i + 1] is 'a' or 'o' or 'u' && word[i - 1] is >= 'b' and <= 'z' and not ('e' or 'i' or 'o' or 'u' or 'y'))
            {
                return true;
            }
        }
        return false;
    }

    public static string Detect(TextFeatures features)
    {
        var text = features.Text;
        if (text.CyrillicLetters == 0 && text.LatinLetters == 0) return Other;
        if (text.CyrillicLetters > text.LatinLetters) return Russian;
        var polish = features[LexiconCategory.Polish] + Math.Min(3, text.PolishLetters) * 0.75f + Math.Min(3, CountWords(text, 4, PolishLooking)) * 0.5f;
        var english = features[LexiconCategory.English];
        var other = features[LexiconCategory.OtherLanguage];
        // Latin text: the Russian words counted are the transliterated ones (the Cyrillic ones need Cyrillic letters).
        var russian = features[LexiconCategory.Russian] + Math.Min(4, CountWords(text, 3, RussianLooking)) * 0.75f;
        // A tie with Polish and no Polish letter: the Russian words counted are none of them Polish, while Polish's may be
        // words the two share in Latin letters ("na", "po", "za"), so the tie goes to Russian.
        var russianOverPolish = russian > polish || (russian == polish && russian > 0 && text.PolishLetters == 0);
        if (russianOverPolish && russian > english && russian >= other) return Russian;
        if (polish > english && polish >= other) return Polish;
        if (other > english && other > polish && other >= 2) return Other;
        return English;
    }
}
