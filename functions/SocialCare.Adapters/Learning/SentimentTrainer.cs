using System.Security.Cryptography;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Adapters.Learning;

/// <summary>One sentence or message with its sentiment, from the team's own corpora (<paramref name="Source"/>: the folder's name).</summary>
public sealed record SentimentExample(string Text, Sentiment Sentiment, string Source = "");

/// <summary>
/// Trains a sentiment model for one language (<see cref="LinearTrainer"/>) from texts in it: the team's review
/// sentences in <c>data/reviews</c> (Polish), the care messages' sentiment in <c>data/care</c>, and for English the
/// TweetEval tweets beside the repository (the one public set whose licence allows training; the others are for
/// measuring only). Cross-validated by macro-F1 over the four labels.
/// </summary>
public static class SentimentTrainer
{
    /// <summary>
    /// The languages <c>./run train</c> trains a model for. English has one since it reads public tweets beside the care
    /// messages: of the care messages alone it read the English tweets worse than the lexicon (macro-recall 0.621 to
    /// 0.577 on the dev half); with half of those tweets it reads the other half better (0.630 to 0.651).
    /// </summary>
    public static IReadOnlyList<string> Languages { get; } = ["pl", "ru", "en"];

    public const float L2 = 0.01f;

    /// <summary>
    /// The examples in <paramref name="language"/> from each path: a folder's <c>*.jsonl</c> files, or one file (the
    /// source is the folder's name, or the file's without <c>.jsonl</c>). The digest covers those examples alone, so
    /// texts in other languages beside them do not make a model stale.
    /// </summary>
    public static (IReadOnlyList<SentimentExample> Examples, string Digest) Read(string language, params string[] paths)
    {
        var examples = new List<SentimentExample>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            var (files, source) = File.Exists(path)
                ? ([path], Path.GetFileNameWithoutExtension(path))
                : (Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray(), Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
            foreach (var file in files)
            {
                using var reader = File.OpenText(file);
                foreach (var e in LabeledExampleReader.Read(reader))
                {
                    if (e.Language != language || !e.Gold.TryGetValue("sentiment", out var name)) continue;
                    if (!Enum.TryParse<Sentiment>(name, ignoreCase: true, out var sentiment)) throw new FormatException($"{Path.GetFileName(file)}: unknown sentiment '{name}'");
                    examples.Add(new SentimentExample(e.Text, sentiment, source));
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{source}\t{SentimentModel.Name(sentiment)}\t{e.Text}\n"));
                }
            }
        }
        return (examples, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    public static SentimentModel Train(string language, IReadOnlyList<SentimentExample> examples, string digest, float l2 = L2) =>
        new(language, digest, examples.Count, LinearTrainer.Train([.. examples.Select(e => new LinearExample(e.Text, SentimentSignals.Of(e.Text), SentimentModel.Name(e.Sentiment)))], l2));

    /// <summary>
    /// Stratified k-fold (by source and label): macro-F1 over the four labels in each fold and source, each fold
    /// predicted by a model that never saw it, read alone and as the classifier reads it (<see cref="SentimentFolds"/>).
    /// Keyed by source ("" for all of them together).
    /// </summary>
    public static IReadOnlyDictionary<string, SentimentFolds> CrossValidate(string language, IReadOnlyList<SentimentExample> examples, int folds, float l2 = L2)
    {
        var fold = LinearTrainer.Folds(examples, folds, e => (e.Source, e.Sentiment));
        var scores = new Dictionary<string, (List<double> Model, List<double> Classifier)>(StringComparer.Ordinal);
        for (var k = 0; k < folds; k++)
        {
            var model = Train(language, [.. examples.Where((_, i) => fold[i] != k)], $"fold-{k}", l2);
            var classifier = new OfflineClassifier(intents: null, sentiments: model);
            var predicted = examples.Where((_, i) => fold[i] == k)
                .Select(e => (e.Source, Gold: e.Sentiment, Model: model.Predict(e.Text, SentimentSignals.Of(e.Text)).Sentiment, Read: classifier.Analyze(e.Text).Sentiment))
                .ToList();
            foreach (var group in predicted.GroupBy(p => p.Source).Prepend(predicted.GroupBy(_ => "").Single()))
            {
                if (!scores.TryGetValue(group.Key, out var lists)) scores[group.Key] = lists = ([], []);
                lists.Model.Add(MacroF1(group.Select(p => (p.Gold, p.Model))));
                lists.Classifier.Add(MacroF1(group.Select(p => (p.Gold, p.Read))));
            }
        }
        return scores.ToDictionary(p => p.Key, p => new SentimentFolds(p.Value.Model, p.Value.Classifier), StringComparer.Ordinal);
    }

    private static double MacroF1(IEnumerable<(Sentiment Gold, Sentiment Predicted)> pairs)
    {
        var matrix = new ConfusionMatrix();
        foreach (var (gold, predicted) in pairs) matrix.Add(SentimentModel.Name(gold), SentimentModel.Name(predicted));
        return matrix.MacroF1();
    }
}

/// <summary>
/// A source's macro-F1 in each fold: of the model read alone, and of the classifier's reading, which takes the model
/// only when it is at least <see cref="OfflineClassifier.LearnedSentimentConfidence"/> sure and else the lexicon (what
/// the app reports). The two can disagree on a setting: a stronger L2 penalty scored better alone and worse read so.
/// </summary>
public sealed record SentimentFolds(IReadOnlyList<double> Model, IReadOnlyList<double> Classifier);
