using SocialCare.Adapters.Intent;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Text;

namespace SocialCare.Adapters.Learning;

/// <summary>
/// Trains the language model (<see cref="LinearTrainer"/>) on the care corpus's messages, each labelled with the
/// language its file is in, and measures it leaving each writer out beside the lexicon's rules.
/// </summary>
public static class LanguageTrainer
{
    /// <summary>The intent model's, not chosen on these figures: nothing was tuned on the writers measured.</summary>
    public const float L2 = IntentTrainer.L2;

    /// <summary>
    /// Each language weighs the same in all, however many messages the corpus holds in it: how much English the writers
    /// happened to write is not how likely a message is to be English.
    /// </summary>
    /// <remarks>
    /// A Polish message written with diacritics is learned twice, as written and typed without them, half its weight
    /// each: many Poles type without them, and without its letters the rules often take Polish for English, which
    /// the model must learn to overrule. And every text is learned both with the rules' reading and without it (all
    /// zeros), half its weight each: trained only beside the reading, the model leaned on it so hard that a short Polish
    /// message the rules call English ("fajne buty") stayed English whatever its words; without it, the words must
    /// carry the language on their own. Each writer left out (22 writers), misses pl 64 → 48, ru 91 → 52, en 32 → 33.
    /// </remarks>
    public static LanguageModel Train(IReadOnlyList<IntentExample> corpus, string digest, float l2 = L2)
    {
        var counts = corpus.CountBy(e => e.Language).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var weight = (string language) => (float)corpus.Count / (counts.Count * counts[language]);
        var examples = corpus.SelectMany(e =>
        {
            var plain = e.Language == "pl" ? PolishLetters.Fold(e.Text) : e.Text;
            string[] texts = plain == e.Text ? [e.Text] : [e.Text, plain];
            var share = weight(e.Language) / texts.Length / 2;
            return texts.SelectMany(text => new[]
            {
                new LinearExample(text, LanguageSignals.Of(text), e.Language, share),
                new LinearExample(text, Unread, e.Language, share),
            });
        });
        return new(digest, corpus.Count, LinearTrainer.Train([.. examples], l2));
    }

    // The rules' reading hidden: no language marked.
    private static readonly float[] Unread = new float[LanguageSignals.Count];

    /// <summary>
    /// Leave-one-writer-out: each writer's messages read by the rules and by a model trained on the other writers'
    /// only, the way the classifier reads them (text the rules call "other" stays so). Per language: messages, read
    /// right by the rules, read right by the model.
    /// </summary>
    public static IReadOnlyDictionary<string, (int Messages, int Rules, int Model)> CrossValidateByWriter(IReadOnlyList<IntentExample> corpus, float l2 = L2)
    {
        var rules = new OfflineClassifier();
        var byLanguage = new Dictionary<string, (int Messages, int Rules, int Model)>(StringComparer.Ordinal);
        foreach (var writer in IntentTrainer.Writers(corpus))
        {
            var model = Train([.. corpus.Where(e => e.Writer != writer)], $"without-{writer}", l2);
            var read = new OfflineClassifier(null, null, model);
            foreach (var e in corpus.Where(e => e.Writer == writer))
            {
                var (messages, byRules, byModel) = byLanguage.GetValueOrDefault(e.Language);
                byLanguage[e.Language] = (messages + 1, byRules + (rules.Analyze(e.Text).Language == e.Language ? 1 : 0), byModel + (read.Analyze(e.Text).Language == e.Language ? 1 : 0));
            }
        }
        return byLanguage;
    }
}
