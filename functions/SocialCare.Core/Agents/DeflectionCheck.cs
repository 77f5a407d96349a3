using System.Text.RegularExpressions;

namespace SocialCare.Core.Agents;

/// <summary>
/// Finds replies that only send the customer elsewhere (a phone number, an email address, "contact our hotline")
/// instead of answering where they asked. A reply that also says something substantial is not a deflection.
/// </summary>
public static partial class DeflectionCheck
{
    /// <summary>More words than this besides the deflection itself count as an answer.</summary>
    public const int MaxOtherWords = 12;

    private static readonly string[] Phrases =
    [
        // English
        "contact our hotline", "call our hotline", "call our helpline", "contact our helpline", "call us", "email us", "e-mail us",
        "send us an email", "contact customer service", "contact our customer service", "contact our support", "contact us at",
        "reach out to our support", "please call",
        // Russian
        "напишите на почту", "напишите нам на почту", "напишите нам на", "позвоните на горячую линию", "позвоните нам",
        "обратитесь на горячую линию", "обратитесь в службу поддержки", "обратитесь в колл-центр", "свяжитесь с нами по телефону",
        // Polish
        "proszę zadzwonić na infolinię", "prosimy zadzwonić na infolinię", "zadzwoń na infolinię", "zadzwoń do nas",
        "prosimy o kontakt z infolinią", "skontaktuj się z infolinią", "proszę o kontakt z infolinią", "napisz do nas maila",
        "prosimy o kontakt mailowy", "proszę napisać maila", "prosimy o wiadomość e-mail", "napisz na adres",
    ];

    /// <summary>The matched phrase (or number / address) when the text only deflects; null when it answers.</summary>
    public static string? Find(string text)
    {
        var lower = text.ToLowerInvariant();
        var matches = new List<(int Start, int Length, string Phrase)>();
        foreach (var phrase in Phrases)
        {
            var at = lower.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0) matches.Add((at, phrase.Length, phrase));
        }
        foreach (Match m in EmailPattern().Matches(text)) matches.Add((m.Index, m.Length, m.Value));
        foreach (Match m in PhonePattern().Matches(text)) matches.Add((m.Index, m.Length, m.Value.Trim()));
        if (matches.Count == 0) return null;

        var rest = lower.ToCharArray();
        foreach (var (start, length, _) in matches)
        {
            for (var i = start; i < start + length; i++) rest[i] = ' ';
        }
        var otherWords = WordPattern().Matches(new string(rest)).Count;
        return otherWords > MaxOtherWords ? null : matches.OrderBy(m => m.Start).First().Phrase;
    }

    /// <summary>An e-mail address; the draft checks find personal data with it too.</summary>
    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    internal static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<!\w)\+?\d[\d\s\-()]{6,}\d(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\p{L}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
