namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Stretched words ("goooood", "fuuuck", "ужаааас"): runs of three or more equal letters shrink to two ("good"),
/// or to one ("fuck") when two is not a word either.
/// </summary>
internal static class Elongation
{
    public static bool IsStretched(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2]) return true;
        }
        return false;
    }

    public static string Shorten(string word, int keep)
    {
        var chars = new char[word.Length];
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i]) run++;
            var kept = run >= 3 ? keep : run;
            for (var k = 0; k < kept; k++) chars[length++] = word[i];
            i += run - 1;
        }
        return new string(chars, 0, length);
    }
}
