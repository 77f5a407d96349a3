using System.Globalization;
using System.Text;

namespace SocialCare.Adapters.Learning;

/// <summary>
/// A message as a sparse vector for the linear text models (<see cref="LinearTextModel"/>): word unigrams and bigrams
/// and character 3–4-grams of the normalized text (lower case, diacritics folded so "zamowienie" meets "zamówienie",
/// Cyrillic written in Latin letters so "skolko" meets "сколько", runs of a letter cut to two, digits read as 0 so
/// order numbers look alike), hashed into <see cref="TextSlots"/> slots and scaled by the square root of their number,
/// followed by the lexicon's signals the model was trained with. Allocation-light and about as fast as the lexicon:
/// it runs for every message.
/// </summary>
public static class TextGrams
{
    public const int TextBits = 17;
    public const int TextSlots = 1 << TextBits;

    /// <summary>
    /// Which features these are: a model saved with others is refused (<see cref="LinearTextModel.Load"/>). 2: Cyrillic
    /// folded into Latin letters; 3: the intent signals beside the grams scaled to a tenth (<c>IntentSignals.Scale</c>).
    /// </summary>
    public const int Version = 3;

    /// <summary>Only the start of a long text is read: care messages are short, and a review's first lines say what it is.</summary>
    public const int MaxChars = 400;

    /// <summary>For training: each gram once, valued by its count over the square root of the number of grams, then the signals.</summary>
    public static (int[] Indices, float[] Values) Of(string text, float[] signals)
    {
        var grams = new List<int>(256);
        Grams(text, grams);
        var scale = grams.Count == 0 ? 0f : 1f / MathF.Sqrt(grams.Count);
        var counts = grams.GroupBy(g => g).OrderBy(g => g.Key).ToList();
        var indices = new int[counts.Count + signals.Length];
        var values = new float[indices.Length];
        var k = 0;
        foreach (var g in counts)
        {
            indices[k] = g.Key;
            values[k++] = g.Count() * scale;
        }
        for (var s = 0; s < signals.Length; s++)
        {
            indices[k] = TextSlots + s;
            values[k++] = signals[s];
        }
        return (indices, values);
    }

    /// <summary>
    /// The slot of every gram of the text, repeats included (the model sums a repeated gram's weight, which is its count
    /// times its weight): word unigrams, word bigrams with sentence ends, and character 3–4-grams of each padded word.
    /// </summary>
    public static void Grams(string text, List<int> into)
    {
        var normalized = Normalize(text.Length > MaxChars ? text[..MaxChars] : text).AsSpan();
        var previous = 0u;
        var first = true;
        Span<char> padded = stackalloc char[MaxChars + 2];
        foreach (var range in normalized.Split(' '))
        {
            var word = normalized[range];
            if (word.IsEmpty) continue;
            var w = Fnv('w', word);
            into.Add(Slot(w));
            into.Add(Slot(Combine(first ? Fnv('s', "") : previous, w)));
            previous = w;
            first = false;
            if (word.Length > MaxChars) continue;
            padded[0] = ' ';
            word.CopyTo(padded[1..]);
            padded[word.Length + 1] = ' ';
            var p = padded[..(word.Length + 2)];
            for (var n = 3; n <= 4; n++)
            {
                for (var i = 0; i + n <= p.Length; i++) into.Add(Slot(Fnv('c', p.Slice(i, n))));
            }
        }
        if (!first) into.Add(Slot(Combine(previous, Fnv('e', ""))));
    }

    /// <summary>Lower case, diacritics folded, Cyrillic in Latin letters, letters repeated past two cut, digits as 0, and ? ! emoji kept as words.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var (last, run) = ('\0', 0);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            c = c == 'ł' ? 'l' : c;
            if (char.IsDigit(c)) c = '0';
            if (char.IsLetterOrDigit(c))
            {
                // Cyrillic is written out in Latin letters, as Russians write it when they type in Latin
                // ("skolko stoit"), so both spellings of a word share their grams.
                if (c is >= 'а' and <= 'я') foreach (var l in Latin(c)) Letter(l);
                else Letter(c);
                continue;
            }
            (last, run) = ('\0', 0);
            if (c is '?' or '!' || char.IsSurrogate(c) || category == UnicodeCategory.OtherSymbol)
            {
                sb.Append(' ').Append(c);
                if (char.IsHighSurrogate(c) && i + 1 < decomposed.Length) sb.Append(decomposed[++i]);
                sb.Append(' ');
            }
            else
            {
                sb.Append(' ');
            }
        }
        return sb.ToString();

        void Letter(char l)
        {
            run = l == last ? run + 1 : 1;
            last = l;
            if (run <= 2) sb.Append(l);
        }
    }

    private static string Latin(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' or 'ё' or 'э' => "e", 'ж' => "zh", 'з' => "z",
        'и' or 'й' => "i", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s",
        'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "h", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "sch", 'ъ' or 'ь' => "",
        'ы' => "y", 'ю' => "yu", _ => "ya",
    };

    private static int Slot(uint hash) => (int)(hash & (TextSlots - 1));

    private static uint Combine(uint a, uint b) => (a * 31u) ^ (b * 16777619u) ^ 0x9E3779B9u;

    private static uint Fnv(char kind, ReadOnlySpan<char> text)
    {
        var h = Step(2166136261u, kind);
        foreach (var c in text) h = Step(h, c);
        return h;
    }

    // FNV-1a over UTF-16 code units: stable across processes and releases, unlike string.GetHashCode.
    private static uint Step(uint h, char c) => (h ^ c) * 16777619u;
}
