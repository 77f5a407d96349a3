using System.Text.RegularExpressions;

namespace SocialCare.Core.Crisis;

/// <summary>
/// What a wave of complaints is about: the word pairs (else single words) that recur across the sampled texts,
/// skipping function words in Polish, Russian and English.
/// </summary>
public static partial class TopPhrases
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "this", "that", "you", "your", "are", "was", "have", "has", "not", "but", "from", "they", "what", "when", "why", "how", "just", "still", "again", "will", "can", "our", "all", "any", "been", "there", "their", "about", "into", "it's", "i'm", "don't",
        "nie", "jest", "się", "jak", "tak", "ale", "już", "dla", "czy", "mnie", "mam", "ten", "ta", "to", "na", "po", "od", "do", "za", "że", "co", "bo", "wam", "was", "jeszcze", "przez", "tylko",
        "это", "как", "что", "уже", "так", "вас", "ваш", "ваша", "ваши", "все", "мне", "меня", "нет", "для", "при", "еще", "ещё", "или", "когда", "чтобы", "только",
    };

    public static IReadOnlyList<string> Of(IEnumerable<string> texts, int count = 5)
    {
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var tokens = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3 && !Stop.Contains(w)).ToList();
            foreach (var w in tokens.Distinct()) words[w] = words.GetValueOrDefault(w) + 1;
            foreach (var p in tokens.Zip(tokens.Skip(1), (a, b) => $"{a} {b}").Distinct()) pairs[p] = pairs.GetValueOrDefault(p) + 1;
        }
        var recurring = pairs.Where(p => p.Value >= 2).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).Take(count).ToList();
        var covered = recurring.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        recurring.AddRange(words.Where(w => !covered.Contains(w.Key)).OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key).Take(count - recurring.Count));
        return recurring;
    }

    /// <summary>The text's words, lowercased and joined by spaces: what <see cref="Of"/> reads of it.</summary>
    public static string Words(string text) => string.Join(' ', Word().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex Word();
}
