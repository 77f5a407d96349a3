using System.Globalization;
using System.Reflection;

namespace SocialCare.Core.Classification.Text;

/// <summary>
/// The merged word lists of every language (embedded <c>Lexicons/*.txt</c>). A file has <c>[section]</c> headers named
/// after <see cref="LexiconCategory"/> and one term a line: words separated by spaces, a trailing <c>*</c> marks a stem,
/// an optional last number is the weight (default 1). Lookups are read-only, so one instance serves all threads.
/// </summary>
internal sealed class Lexicon
{
    private const int MinStemLength = 2;
    private readonly Dictionary<string, LexiconEntry> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly List<(LexiconCategory Category, string Line)> _accented = [];
    private int _longestStem;

    private Lexicon()
    {
        _stemLookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Loaded at the first classification, not at start: some 10,000 lines to parse, and a cold start of a
    // scale-out instance serves its first request before anything is classified.
    private static readonly Lazy<Lexicon> Loaded = new(LoadEmbedded);

    public static Lexicon Embedded => Loaded.Value;

    public static Lexicon Parse(IEnumerable<string> lines)
    {
        var lexicon = new Lexicon();
        lexicon.Add(lines);
        lexicon.AddUnaccented();
        return lexicon;
    }

    /// <summary>
    /// The word's own entry and the longest stem entry that has meanings (a category the exact entry also has is the
    /// exact entry's to decide); every phrase the word can start is appended to <paramref name="phrases"/>.
    /// </summary>
    public (LexiconEntry? Exact, LexiconEntry? Stem) Lookup(string token, List<LexiconPhrase> phrases)
    {
        _exact.TryGetValue(token, out var exact);
        if (exact is { PhraseStarts.Count: > 0 }) phrases.AddRange(exact.PhraseStarts);
        LexiconEntry? stem = null;
        for (var length = Math.Min(token.Length, _longestStem); length >= MinStemLength; length--)
        {
            if (!_stemLookup.TryGetValue(token.AsSpan(0, length), out var candidate)) continue;
            if (stem is null && candidate.Meanings.Count > 0) stem = candidate;
            if (candidate.PhraseStarts.Count > 0) phrases.AddRange(candidate.PhraseStarts);
        }
        return (exact is { Meanings.Count: > 0 } ? exact : null, stem);
    }

    /// <summary>
    /// The sentiment weight of a word given as a slice (the rest of a glued Polish "nie…"), exact entry first, then the
    /// longest stem; null when the lexicon has no sentiment for it. Allocates nothing.
    /// </summary>
    public float? SentimentOf(ReadOnlySpan<char> word)
    {
        if (_exactLookup.TryGetValue(word, out var exact) && SentimentWeight(exact) is { } exactWeight) return exactWeight;
        for (var length = Math.Min(word.Length, _longestStem); length >= MinStemLength; length--)
        {
            if (_stemLookup.TryGetValue(word[..length], out var stem) && SentimentWeight(stem) is { } stemWeight) return stemWeight;
        }
        return null;
    }

    private static float? SentimentWeight(LexiconEntry entry)
    {
        foreach (var (category, weight) in entry.Meanings)
        {
            if (category == LexiconCategory.Sentiment) return weight;
        }
        return null;
    }

    private static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        var lexicon = new Lexicon();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Lexicons.", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            lexicon.Add(ReadLines(reader));
        }
        lexicon.AddUnaccented();
        return lexicon;
    }

    private static IEnumerable<string> ReadLines(StreamReader reader)
    {
        while (reader.ReadLine() is { } line) yield return line;
    }

    private void Add(IEnumerable<string> lines)
    {
        LexiconCategory? section = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = Enum.Parse<LexiconCategory>(line[1..^1].Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
                continue;
            }
            if (section is null) throw new FormatException($"Lexicon term before any [section]: '{line}'");
            AddTerm(section.Value, line);
            if (FoldsAccents(section.Value) && PolishLetters.Fold(line) != line) _accented.Add((section.Value, line));
        }
    }

    /// <summary>
    /// Polish is often typed without diacritics ("dziekuje", "zle"), so opinion and function words also answer in their
    /// unaccented spelling. Added after every file, so a spelling written out by hand keeps its own weight; short stems
    /// are left out because folded they hit unrelated words ("lęk*" would become "lek*", as in "lekarz").
    /// </summary>
    private void AddUnaccented()
    {
        foreach (var (category, line) in _accented)
        {
            var folded = PolishLetters.Fold(line);
            var first = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            if (first.EndsWith('*') && first.Length <= 5) continue;
            AddTerm(category, folded);
        }
        _accented.Clear();
    }

    private static bool FoldsAccents(LexiconCategory category) =>
        category is LexiconCategory.Sentiment or LexiconCategory.Negation or LexiconCategory.Intensifier
            or LexiconCategory.Contrast or LexiconCategory.Polish;

    private void AddTerm(LexiconCategory category, string line)
    {
        var words = line.ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var weight = 1f;
        if (words.Count > 1 && float.TryParse(words[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            weight = parsed;
            words.RemoveAt(words.Count - 1);
        }
        var first = TermPattern.Parse(words[0]);
        var entry = EntryFor(first);
        if (words.Count == 1)
        {
            // The first definition of a word in a category wins, so general lists never override hand-set weights.
            if (!entry.Meanings.Exists(m => m.Category == category)) entry.Meanings.Add((category, weight));
            return;
        }
        entry.PhraseStarts.Add(new LexiconPhrase(category, weight, words.Skip(1).Select(TermPattern.Parse).ToList()));
    }

    private LexiconEntry EntryFor(TermPattern pattern)
    {
        var map = pattern.IsStem ? _stems : _exact;
        if (!map.TryGetValue(pattern.Text, out var entry)) map[pattern.Text] = entry = new LexiconEntry();
        if (pattern.IsStem) _longestStem = Math.Max(_longestStem, pattern.Text.Length);
        return entry;
    }
}
