using System.Globalization;
using System.Text;

namespace SocialCare.Core.Classification.Text;

/// <summary>
/// Splits a message into lower-case word tokens and emoji tokens. Links and @mentions are counted, not kept:
/// they carry no sentiment and would confuse language detection. Hashtags keep their word ("#fail" → "fail").
/// </summary>
internal static class Tokenizer
{
    public static TokenizedText Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Min(64, text.Length / 4 + 1));
        var word = new StringBuilder(24);
        int questions = 0, exclamations = 0, urls = 0, mentions = 0, cyrillic = 0, latin = 0, polish = 0, upper = 0, press = 0;
        var i = 0;
        var pendingBreak = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (word.Length == 0 && StartsLink(text, i))
            {
                urls++;
                i = SkipToWhitespace(text, i);
                continue;
            }
            if (c == '@' && word.Length == 0 && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                mentions++;
                i = SkipWord(text, i + 1);
                continue;
            }
            if (IsWordChar(c) || (IsApostrophe(c) && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                if (char.IsLetter(c))
                {
                    if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
                    else if (c < '\u0250') latin++;
                    if ("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".Contains(c)) polish++;
                    if (char.IsUpper(c)) upper++;
                }
                word.Append(Normalize(c));
                i++;
                continue;
            }
            Flush(word, tokens, ref pendingBreak);
            if (c is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '–' or '—') pendingBreak = true;
            if (Emoticon(text, i) is { } emoticon)
            {
                tokens.Add(new Token(emoticon.Value, IsEmoji: true));
                i += emoticon.Length;
                continue;
            }
            if (c == '?') questions++;
            else if (c == '!') exclamations++;
            else if (c is '\u201E' or '\u2013') press++;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                tokens.Add(new Token(text.Substring(i, 2), IsEmoji: true));
                i += 2;
                continue;
            }
            else if (IsSymbolEmoji(c))
            {
                tokens.Add(new Token(c.ToString(), IsEmoji: true));
            }
            i++;
        }
        Flush(word, tokens, ref pendingBreak);
        return new TokenizedText(tokens, questions, exclamations, urls, mentions, cyrillic, latin, polish, upper, press);
    }

    /// <summary>":)", ":(", ":D", ";)" and the Russian-style bracket smileys "))" / "((" (two or more).</summary>
    private static (string Value, int Length)? Emoticon(string text, int i)
    {
        var c = text[i];
        if (c is ':' or ';' or '=' && i + 1 < text.Length)
        {
            var j = i + 1;
            if (text[j] == '-' && j + 1 < text.Length) j++;
            var face = text[j];
            if (face is ')' or ']' or 'D' or 'P' or 'p') return (":)", j - i + 1);
            if (face is '(' or '[') return (":(", j - i + 1);
            return null;
        }
        if (c is ')' or '(')
        {
            var j = i;
            while (j < text.Length && text[j] == c) j++;
            if (j - i >= 2) return (c == ')' ? "))" : "((", j - i);
        }
        return null;
    }

    private static void Flush(StringBuilder word, List<Token> tokens, ref bool pendingBreak)
    {
        if (word.Length == 0) return;
        if (!pendingBreak && IsDetachedPersonEnding(word) && tokens.Count > 0 && TakesPersonEnding(tokens[^1]))
        {
            // Polish corpora and some writers split the past-tense person ending off ("była m", "myślał em",
            // "byli śmy"); glued back, the word is the one the lexicon knows ("byłam", "zapłaciłem").
            tokens[^1] = tokens[^1] with { Value = tokens[^1].Value + word.ToString() };
        }
        else
        {
            tokens.Add(new Token(word.ToString(), IsEmoji: false, AfterBreak: pendingBreak));
        }
        pendingBreak = false;
        word.Clear();
    }

    private static bool IsDetachedPersonEnding(StringBuilder word) => word.Length switch
    {
        1 => word[0] is 'm' or 'ś',
        2 => word[0] == 'e' && word[1] is 'm' or 'ś',
        3 => word[0] == 'ś' && word[1] == 'm' && word[2] == 'y',
        4 => word[0] == 'ś' && word[1] == 'c' && word[2] == 'i' && word[3] == 'e',
        _ => false,
    };

    /// <summary>A Polish past-tense form ("był", "była", "byli", "było", "były") or the conditional "by".</summary>
    private static bool TakesPersonEnding(Token previous)
    {
        var value = previous.Value;
        if (previous.IsEmoji || value.Length < 2) return false;
        if (value == "by") return true;
        var last = value[^1];
        var beforeLast = value[^2];
        return last == 'ł' || (beforeLast == 'ł' && last is 'a' or 'o' or 'y') || (beforeLast == 'l' && last == 'i');
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    private static bool IsSymbolEmoji(char c) => c is '\u2764' or '\u2639' or '\u263A' or '\u2705' or '\u274C' or '\u26A0' or '\u2B50';

    private static char Normalize(char c) => c switch
    {
        '\u2019' or '`' => '\'',
        'ё' or 'Ё' => 'е',
        _ => char.ToLowerInvariant(c),
    };

    private static bool StartsLink(string text, int i) =>
        string.CompareOrdinal(text, i, "http://", 0, 7) == 0 || string.CompareOrdinal(text, i, "https://", 0, 8) == 0
        || string.CompareOrdinal(text, i, "www.", 0, 4) == 0;

    private static int SkipToWhitespace(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int SkipWord(string text, int i)
    {
        while (i < text.Length && (IsWordChar(text[i]) || text[i] is '_' or '.')) i++;
        return i;
    }
}
