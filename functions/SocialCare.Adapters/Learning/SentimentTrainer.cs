using System.Security.Cryptography;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Adapters.Learning;

/// <summary>One sentence or message with its sentiment, from the team's own corpora (<paramref name="Source"/>: the folder's name).</summary>
public sealed record SentimentExample(string Text, Sentiment Sentiment, string Source = "");

/// <summary>
/// Trains a sentiment model for one language (<see cref="LinearTrainer"/>) from the team's own texts in it: the
/// review sentences in <c>data/reviews</c> (Polish) and the care messages' sentiment in <c>data/care</c>.
/// Cross-validated by macro-F1 over the four labels; public sets are for measuring only (their licences do not allow
/// training).
/// </summary>
public static class SentimentTrainer
{
    /// <summary>
    /// The languages <c>./run train</c> trains a model for (<c>--language en</c> trains English too). English is left
    /// to the lexicon: a model of the English care messages read the public English tweets worse (macro-recall 0.621
    /// to 0.577 on the dev half), where the Russian one read the Russian tweets better (F1 0.483 to 0.512).
    /// </summary>
    public static IReadOnlyList<string> Languages { get; } = ["pl", "ru"];

    public const float L2 = 0.01f;

    public static (IReadOnlyList<SentimentExample> Examples, string Digest) Read(string language, params string[] folders)
    {
        var examples = new List<SentimentExample>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                hash.AppendData(bytes);
                using var reader = new StreamReader(new MemoryStream(bytes));
                foreach (var e in LabeledExampleReader.Read(reader))
                {
                    if (e.Language != language || !e.Gold.TryGetValue("sentiment", out var name)) continue;
                    if (!Enum.TryParse<Sentiment>(name, ignoreCase: true, out var sentiment)) throw new FormatException($"{Path.GetFileName(file)}: unknown sentiment '{name}'");
                    examples.Add(new SentimentExample(e.Text, sentiment, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))));
                }
            }
        }
        return (examples, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    public static SentimentModel Train(string language, IReadOnlyList<SentimentExample> examples, string digest, float l2 = L2) =>
        new(language, digest, examples.Count, LinearTrainer.Train([.. examples.Select(e => new LinearExample(e.Text, SentimentSignals.Of(e.Text), SentimentModel.Name(e.Sentiment)))], l2));

    /// <summary>
    /// Stratified k-fold (by source and label): macro-F1 over the four labels in each fold and source, each fold
    /// predicted by a model that never saw it. Keyed by source ("" for all of them together).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<double>> CrossValidate(string language, IReadOnlyList<SentimentExample> examples, int folds, float l2 = L2)
    {
        var fold = LinearTrainer.Folds(examples, folds, e => (e.Source, e.Sentiment));
        var scores = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var k = 0; k < folds; k++)
        {
            var model = Train(language, [.. examples.Where((_, i) => fold[i] != k)], $"fold-{k}", l2);
            var predicted = examples.Where((_, i) => fold[i] == k).Select(e => (e.Source, Gold: e.Sentiment, Predicted: model.Predict(e.Text, SentimentSignals.Of(e.Text)).Sentiment)).ToList();
            foreach (var group in predicted.GroupBy(p => p.Source).Prepend(predicted.GroupBy(_ => "").Single()))
            {
                if (!scores.TryGetValue(group.Key, out var list)) scores[group.Key] = list = [];
                var matrix = new ConfusionMatrix();
                foreach (var (_, gold, guess) in group) matrix.Add(SentimentModel.Name(gold), SentimentModel.Name(guess));
                list.Add(matrix.MacroF1());
            }
        }
        return scores.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)p.Value, StringComparer.Ordinal);
    }
}
