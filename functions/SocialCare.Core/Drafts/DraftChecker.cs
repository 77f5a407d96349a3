using System.Text.RegularExpressions;
using SocialCare.Core.Agents;
using SocialCare.Core.Classification;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Drafts;

/// <summary>
/// The service rules a reply is checked against before it leaves, in Polish, Russian and English: it answers here
/// instead of sending the customer elsewhere (<see cref="DraftCodes.Deflection"/>, the only one that blocks), in plain
/// words, with an apology on a complaint and thanks for praise, in the customer's language, without anger, blame or
/// sarcasm (the classifier reads the draft as it reads a customer), without personal data next to a name in public,
/// and within the platform's length.
/// </summary>
public sealed partial class DraftChecker(ITextClassifier classifier)
{
    /// <summary>Fewer words than this are too few to tell a language by.</summary>
    public const int MinWordsForLanguage = 3;

    private static readonly string[] Bureaucratic =
    [
        // Polish
        "uprzejmie informujemy", "uprzejmie informuję", "uprzejmie prosimy o", "zgodnie z regulaminem", "zgodnie z obowiązującymi przepisami",
        "zgodnie z obowiazujacymi przepisami", "w nawiązaniu do", "w nawiazaniu do", "pragniemy poinformować", "pragniemy poinformowac",
        "niniejszym informujemy", "informujemy, iż", "w związku z powyższym", "w zwiazku z powyzszym",
        // Russian
        "согласно пункту", "согласно правилам", "в соответствии с", "доводим до вашего сведения", "настоящим уведомляем",
        "сообщаем вам, что", "в рамках действующего", "на основании вышеизложенного",
        // English
        "as per our policy", "as per the terms", "as per our terms", "please be advised", "we regret to inform you", "in accordance with",
        "pursuant to", "kindly be informed", "kindly note that", "hereby inform",
    ];

    private static readonly string[] Blame =
    [
        // Polish
        "pana wina", "pani wina", "twoja wina", "państwa wina", "panstwa wina", "trzeba było", "trzeba bylo", "jak już pisaliśmy",
        "jak juz pisalismy", "jak już pisałem", "czytać ze zrozumieniem", "czytac ze zrozumieniem", "nie nasz problem",
        "proszę się uspokoić", "prosze sie uspokoic", "no jasne, bo", "to nie nasza wina",
        // Russian
        "ваша вина", "сами виноваты", "сам виноват", "сама виновата", "надо было", "как мы уже писали", "мы же писали",
        "читайте внимательнее", "не наша проблема", "ваши проблемы", "успокойтесь", "ну конечно, ведь",
        // English
        "your fault", "you should have", "you should've", "as we already said", "as i already said", "as already stated",
        "read the terms", "learn to read", "calm down", "not our problem", "did you even", "we told you", "oh great, another",
        "yeah right", "good luck with that",
    ];

    private static readonly Dictionary<string, (string[] Stems, string Example, string Name)> Apologies = new(StringComparer.Ordinal)
    {
        ["pl"] = (["przeprasz", "przykro", "wybacz", "przeprosi"], "przepraszamy", "Polish"),
        ["ru"] = (["извин", "прости", "прощени", "сожале", "жаль"], "извините", "Russian"),
        ["en"] = (["sorry", "apolog", "regret"], "we're sorry", "English"),
    };

    private static readonly Dictionary<string, (string[] Stems, string Example, string Name)> Thanks = new(StringComparer.Ordinal)
    {
        ["pl"] = (["dziękuj", "dziekuj", "dzięki", "dzieki", "wdzięczn", "wdzieczn"], "dziękujemy", "Polish"),
        ["ru"] = (["спасибо", "благодар"], "спасибо", "Russian"),
        ["en"] = (["thank", "thx", "appreciate", "grateful"], "thank you", "English"),
    };

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["pl"] = "Polish", ["ru"] = "Russian", ["en"] = "English",
    };

    public async Task<IReadOnlyList<DraftFinding>> CheckAsync(string text, DraftContext context, CancellationToken cancellationToken)
    {
        var findings = new List<DraftFinding>();
        if (string.IsNullOrWhiteSpace(text)) return findings;
        var lower = text.ToLowerInvariant();

        if (DeflectionCheck.Find(text) is { } phrase)
        {
            var at = lower.IndexOf(phrase.ToLowerInvariant(), StringComparison.Ordinal);
            findings.Add(new(DraftCodes.Deflection, $"Only sends the customer elsewhere (\"{phrase}\"): answer here, in the same thread.",
                Math.Max(0, at), at >= 0 ? phrase.Length : text.Length));
        }

        foreach (var (at, length) in Occurrences(lower, Bureaucratic))
        {
            findings.Add(new(DraftCodes.Bureaucratic, $"Official wording (\"{text.Substring(at, length)}\"): say it in plain words.", at, length));
        }

        var language = context.Language is { } l && LanguageNames.ContainsKey(l) ? l : null;
        if (language is not null && context.Intent == Intent.Complaint && !HasStem(lower, Apologies[language].Stems))
        {
            var (_, example, name) = Apologies[language];
            findings.Add(new(DraftCodes.Courtesy, $"A complaint: apologise in {name} (\"{example}\") before the next step.", 0, text.Length));
        }
        if (language is not null && context.Intent == Intent.Praise && !HasStem(lower, Thanks[language].Stems))
        {
            var (_, example, name) = Thanks[language];
            findings.Add(new(DraftCodes.Courtesy, $"Praise: thank them in {name} (\"{example}\").", 0, text.Length));
        }

        var read = await classifier.ClassifyAsync(new ClassificationInput(text, context.Platform), cancellationToken);
        if (language is not null && WordPattern().Count(text) >= MinWordsForLanguage
            && LanguageNames.TryGetValue(read.Language, out var written) && read.Language != language)
        {
            findings.Add(new(DraftCodes.Language, $"Written in {written}; the customer writes in {LanguageNames[language]}.", 0, text.Length));
        }

        var blamed = Occurrences(lower, Blame).ToList();
        foreach (var (at, length) in blamed)
        {
            findings.Add(new(DraftCodes.Tone, $"Reads as blaming or sarcastic (\"{text.Substring(at, length)}\"): ask a colleague to read it first.", at, length));
        }
        if (blamed.Count == 0 && (read.Offensive || read.Intent == Intent.Abuse || Shouts(text)))
        {
            findings.Add(new(DraftCodes.Tone, "Reads as angry: ask a colleague to read it before it leaves.", 0, text.Length));
        }

        if (context.Public && NamesSomeone(text, context.CustomerName))
        {
            foreach (var (m, what) in PersonalData(text))
            {
                findings.Add(new(DraftCodes.PersonalData, $"A {what} next to a name in a public reply: reply privately instead.", m.Index, m.Length));
            }
        }

        if (PlatformLimits.Platforms.Contains(context.Platform) && PlatformLimits.MaxPostLength(context.Platform) is var max && text.Length > max)
        {
            findings.Add(new(DraftCodes.Length, $"{text.Length} characters; {context.Platform} allows {max}.", max, text.Length - max));
        }
        return findings;
    }

    private static IEnumerable<(int At, int Length)> Occurrences(string lower, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(lower[at - 1])) continue;
                yield return (at, phrase.Length);
            }
        }
    }

    private static bool HasStem(string lower, string[] stems) =>
        WordPattern().Matches(lower).Any(w => stems.Any(s => w.Value.StartsWith(s, StringComparison.Ordinal)));

    /// <summary>Two words of four or more capitals, or three exclamation marks.</summary>
    private static bool Shouts(string text) =>
        text.Contains("!!!", StringComparison.Ordinal)
        || WordPattern().Matches(text).Count(w => w.Length >= 4 && w.Value.All(ch => !char.IsLetter(ch) || char.IsUpper(ch))) >= 2;

    /// <summary>
    /// An @handle, or a word that is a form of a part of the customer's name: Polish and Russian inflect names
    /// ("Maria" is addressed "Mario", "Мария" "Марии"), so a word counts when it shares all but the name's last letter.
    /// </summary>
    private static bool NamesSomeone(string text, string? customerName)
    {
        if (HandlePattern().IsMatch(text)) return true;
        if (string.IsNullOrWhiteSpace(customerName)) return false;
        var stems = customerName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.TrimStart('@'))
            .Where(part => part.Length >= 3)
            .Select(part => (Stem: part[..Math.Max(3, part.Length - 1)], part.Length))
            .ToList();
        return WordPattern().Matches(text).Any(w => stems.Any(s =>
            w.Value.StartsWith(s.Stem, StringComparison.OrdinalIgnoreCase) && w.Length <= s.Length + 3));
    }

    private static IEnumerable<(Match Match, string What)> PersonalData(string text)
    {
        foreach (Match m in DeflectionCheck.EmailPattern().Matches(text)) yield return (m, "e-mail address");
        foreach (Match m in PhonePattern().Matches(text)) yield return (m, "phone number");
        foreach (Match m in StreetPattern().Matches(text)) yield return (m, "street address");
        foreach (Match m in OrderPattern().Matches(text)) yield return (m, "order number");
    }

    [GeneratedRegex(@"\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<![\w.])@\w{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"(?<![\w#№])\+?\d[\d \-()]{7,}\d(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?:\b(?:ul\.|ulica|ulicy|al\.|aleja|alei|os\.|ул\.|улица|улице|пр-т|проспект|пер\.|переулок)\s*\p{L}[\p{L}\-.]*(?:\s\p{L}[\p{L}\-.]*){0,2}\s\d+\w?(?:/\d+)?)|(?:\b\d{1,5}\s(?:\p{L}+\s){1,3}(?:street|st\.|avenue|ave\.?|road|rd\.?|lane|ln\.|boulevard|blvd\.?|drive|dr\.)(?!\w))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetPattern();

    [GeneratedRegex(@"(?:\border\b|\bzam[oó]wieni\w*|\bzam\.|\bзаказ\w*|№|#)\s*(?:no\.?|nr\.?|number|numer|номер|№|#)?\s*#?\s*[A-Z]{0,3}-?\d{4,}(?!\w)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrderPattern();
}
