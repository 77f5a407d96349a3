using System.Text;

namespace SocialCare.Adapters.Teams;

/// <summary>
/// Makes text safe for an Adaptive Card TextBlock or FactSet, which Teams renders as Markdown: a customer who writes
/// <c>[Resolve now](https://evil.example)</c> must not get a working link into a card our agents trust. Every
/// Markdown-significant character is backslash-escaped (CommonMark escapes; Teams shows the character itself), and so
/// is a list or heading marker at the start of a line. Teams also turns bare <c>https://…</c> and <c>www.…</c> text
/// into links: a WORD JOINER (U+2060, invisible and zero-width, so the text reads and copies the same) after the
/// scheme's colon and after "www" stops the autolinker, where a backslash would not (it is removed before
/// autolinking). Parentheses stay: a Markdown link needs a "]" right before its "(", and every bracket is escaped.
/// </summary>
public static class TeamsMarkdown
{
    private const char WordJoiner = '\u2060';
    private const string Special = "\\*_[]`#>~|<&";

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        var lineStart = true;
        var digitsOnly = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // "- x", "+ x", "= x" (a setext underline) and "1. x" / "1) x" only mean something at a line's start.
            var marker = (lineStart && c is '-' or '+' or '=') || (digitsOnly && c is '.' or ')');
            if (marker || Special.Contains(c, StringComparison.Ordinal)) result.Append('\\');
            result.Append(c);
            if (c == ':' && At(text, i + 1, "//")) result.Append(WordJoiner);
            else if (c is 'w' or 'W' && At(text, i - 2, "www") && At(text, i + 1, ".") && (i < 3 || !char.IsLetterOrDigit(text[i - 3]))) result.Append(WordJoiner);
            digitsOnly = char.IsAsciiDigit(c) && (lineStart || digitsOnly);
            if (c is '\n' or '\r') lineStart = true;
            else if (!char.IsWhiteSpace(c)) lineStart = false;
        }
        return result.ToString();
    }

    private static bool At(string text, int index, string value) =>
        index >= 0 && index + value.Length <= text.Length && string.Compare(text, index, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
