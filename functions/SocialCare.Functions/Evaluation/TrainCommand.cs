using SocialCare.Core.Classification;
using System.Diagnostics;
using System.Globalization;
using SocialCare.Adapters.Intent;
using SocialCare.Adapters.Learning;

namespace SocialCare.Functions.Evaluation;

/// <summary>
/// <c>./run train [--only intent|sentiment|language] [--language L] [--corpus DIR] [--texts PATH,PATH] [--folds K|writer] [--l2 X] [--out DIR]</c>: cross-validates the intent model on the care
/// corpus (stratified K-fold, default 5, or leave-one-writer-out with <c>--folds writer</c>: every figure is on messages
/// the model being measured never saw), prints accuracy
/// per language (mean and spread over the folds) and recall per intent, then trains on the whole corpus and writes
/// the model the app ships (<c>intent.bin</c> and <c>intent.json</c>); then the same for a sentiment model per language
/// (<c>--language L</c> for one: sentiment texts, by default the Polish review sentences in <c>data/reviews</c> and the
/// public English tweets beside the repository (<c>--texts PATH,PATH</c>, folders or files, for others), and the care
/// messages' sentiment;
/// stratified K-fold macro-F1 over the four labels; <c>sentiment-{language}.bin</c>); then the language model
/// (<c>language.bin</c>, from the care corpus, measured leaving each writer out beside the lexicon's rules).
/// </summary>
public static class TrainCommand
{
    public const string Usage = "usage: ./run train [--only intent|sentiment|language] [--language pl|ru|en] [--corpus DIR] [--texts PATH,PATH] [--folds K|writer] [--l2 X] [--out DIR]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TimeProvider time)
    {
        // Checked before any work: a mistyped option or value would otherwise train (and overwrite) every model for
        // minutes with the defaults.
        if (args is ["--help"] or ["-h"])
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (Invalid(args) is { } problem)
        {
            output.WriteLine(problem);
            output.WriteLine(Usage);
            return 2;
        }
        var corpus = Option(args, "--corpus") ?? "data/care";
        var outDir = Option(args, "--out") ?? "functions/SocialCare.Functions/Models";
        var only = Option(args, "--only");
        if (only == "sentiment") return TrainSentiment(corpus, outDir, args, output);
        if (only == "language") return TrainLanguage(corpus, outDir, output);
        var byWriter = Option(args, "--folds") == "writer";
        var folds = Folds(args);
        var l2 = L2(args, IntentTrainer.L2);
        if (!Directory.Exists(corpus))
        {
            output.WriteLine($"{corpus}: not found");
            return 2;
        }
        var (examples, digest) = IntentCorpus.Read(corpus);
        output.WriteLine(byWriter
            ? $"{examples.Count} examples from {corpus} (digest {digest}); leave-one-writer-out over {IntentTrainer.Writers(examples).Count} writers"
            : $"{examples.Count} examples from {corpus} (digest {digest}); {folds}-fold cross-validation, stratified by language and intent");

        var watch = Stopwatch.StartNew();
        var cv = byWriter ? IntentTrainer.CrossValidateByWriter(examples, l2) : IntentTrainer.CrossValidate(examples, folds, l2);
        var prefix = byWriter ? "writers" : "cv";
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        output.WriteLine(byWriter ? "accuracy by language (mean ± sd over writers, each predicted by a model of the others):" : "accuracy by language (mean ± sd over folds):");
        foreach (var language in cv.Languages)
        {
            var (mean, sd) = cv.Accuracy(language);
            figures[$"{prefix}.accuracy.{language}"] = Math.Round(mean, 3);
            figures[$"{prefix}.accuracy.{language}.sd"] = Math.Round(sd, 3);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {language}: {mean:0.000} ± {sd:0.000} ({examples.Count(e => e.Language == language)} messages)"));
        }
        output.WriteLine("recall by intent (all folds):");
        foreach (var (intent, recall) in cv.Recall.OrderBy(p => p.Key))
        {
            figures[$"{prefix}.recall.{IntentNames.Of(intent)}"] = Math.Round(recall, 3);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {IntentNames.Of(intent)}: {recall:0.000}"));
        }
        if (byWriter)
        {
            output.WriteLine("accuracy of each writer's messages, predicted by a model of the others:");
            var writers = IntentTrainer.Writers(examples);
            for (var w = 0; w < writers.Count; w++)
            {
                output.WriteLine($"  writer {writers[w]}: " + string.Join(", ", cv.AccuracyByFold[w].OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.000}"))));
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cross-validation took {watch.Elapsed.TotalSeconds:0.0} s"));

        var info = new IntentModelInfo($"corpus-{digest}", time.GetUtcNow(), examples.Count, 0, digest, figures);
        var model = IntentTrainer.Train(examples, info, l2);
        IntentModelFiles.Save(model, outDir);
        var size = new FileInfo(Path.Combine(outDir, IntentModelFiles.ModelFile)).Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model {info.Version} written to {outDir}/{IntentModelFiles.ModelFile} ({size / 1024.0 / 1024.0:0.00} MB)"));
        if (only == "intent") return 0;
        var sentiment = TrainSentiment(corpus, outDir, args, output);
        return sentiment != 0 ? sentiment : TrainLanguage(corpus, outDir, output);
    }

    // The language model, from the care corpus's messages and the language of each file.
    private static int TrainLanguage(string corpus, string outDir, TextWriter output)
    {
        if (!Directory.Exists(corpus))
        {
            output.WriteLine($"{corpus}: not found");
            return 2;
        }
        var (examples, digest) = IntentCorpus.Read(corpus);
        if (examples.Select(e => e.Language).Distinct().Count() < 2)
        {
            output.WriteLine($"language: {corpus} holds one language; no model, the lexicon reads the language");
            return 0;
        }
        output.WriteLine($"language: {examples.Count} examples from {corpus} (digest {digest}); leave-one-writer-out over {IntentTrainer.Writers(examples).Count} writers");
        if (IntentTrainer.Writers(examples).Count >= 2)
        {
            output.WriteLine("accuracy by language, each writer read by the rules and by a model of the others:");
            foreach (var (language, (messages, rules, model)) in LanguageTrainer.CrossValidateByWriter(examples).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {language}: rules {(double)rules / messages:0.000}, model {(double)model / messages:0.000} ({messages} messages)"));
            }
        }
        Directory.CreateDirectory(outDir);
        var file = Path.Combine(outDir, LanguageModel.File);
        using (var stream = File.Create(file)) LanguageTrainer.Train(examples, digest).Save(stream);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model written to {file} ({new FileInfo(file).Length / 1024.0 / 1024.0:0.00} MB)"));
        return 0;
    }

    // A sentiment model per language, from the team's own sentiment texts and the care messages' sentiment.
    private static int TrainSentiment(string care, string outDir, IReadOnlyList<string> args, TextWriter output)
    {
        var chosen = Option(args, "--texts");
        string[] paths = [.. (chosen ?? DefaultTexts).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), care];
        // The public tweets live beside the repository, not in it (they are not ours to ship): without them the
        // English model is left as it is rather than trained on the care messages alone, which read tweets worse.
        var withoutTweets = chosen is null && !File.Exists(PublicEnglishTweets);
        if (withoutTweets)
        {
            output.WriteLine($"{PublicEnglishTweets}: not found (the public English tweets are not beside the repository): the English sentiment model is not trained");
            paths = [.. paths.Where(p => p != PublicEnglishTweets)];
        }
        if (paths.FirstOrDefault(p => !Directory.Exists(p) && !File.Exists(p)) is { } missing)
        {
            output.WriteLine($"{missing}: not found");
            return 2;
        }
        var folds = Folds(args);
        var l2 = L2(args, SentimentTrainer.L2);
        var languages = (Option(args, "--language") is { } one ? [one] : SentimentTrainer.Languages).Where(language => !(withoutTweets && language == "en"));
        Directory.CreateDirectory(outDir);
        foreach (var language in languages)
        {
            var (examples, digest) = SentimentTrainer.Read(language, paths);
            if (examples.Count == 0)
            {
                output.WriteLine($"sentiment ({language}): no examples in {string.Join(", ", paths)}; the lexicon decides");
                continue;
            }
            output.WriteLine($"sentiment ({language}): {examples.Count} examples from {string.Join(", ", paths)} (digest {digest}); {folds}-fold cross-validation, stratified by source and label");
            output.WriteLine("macro-F1 over positive, neutral, negative and mixed (mean ± sd over folds), of the model alone; then as the classifier reads it (the model when it is sure, else the lexicon):");
            foreach (var (source, scores) in SentimentTrainer.CrossValidate(language, examples, folds, l2).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var texts = source.Length == 0 ? examples.Count : examples.Count(e => e.Source == source);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(source.Length == 0 ? "all" : source)}: {MeanSd(scores.Model)}; read {MeanSd(scores.Classifier)} ({texts} texts)"));
            }
            var file = Path.Combine(outDir, SentimentModel.FileOf(language));
            using (var stream = File.Create(file)) SentimentTrainer.Train(language, examples, digest, l2).Save(stream);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model written to {file} ({new FileInfo(file).Length / 1024.0 / 1024.0:0.00} MB)"));
        }
        return 0;
    }

    /// <summary>
    /// The English half of TweetEval's sentiment tweets (SemEval-2017 4A) that sits beside the repository: released
    /// without restrictions, so a shipped model may learn from it (../shared/data/README.md).
    /// </summary>
    public const string PublicEnglishTweets = "../shared/data/eval/sentiment-en-tweets.dev.jsonl";

    /// <summary>The sentiment texts beside the care corpus: the team's review sentences and the public English tweets (<see cref="SentimentTrainer.Read"/> keeps each language's).</summary>
    public const string DefaultTexts = "data/reviews," + PublicEnglishTweets;

    private static string? Invalid(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i += 2)
        {
            var (name, value) = (args[i], i + 1 < args.Count ? args[i + 1] : null);
            var allowed = name switch
            {
                "--only" => value is "intent" or "sentiment" or "language",
                "--language" => value is not null && SentimentTrainer.Languages.Contains(value),
                "--folds" => value == "writer" || (int.TryParse(value, CultureInfo.InvariantCulture, out var k) && k >= 2),
                "--l2" => float.TryParse(value, CultureInfo.InvariantCulture, out var l) && l > 0,
                "--corpus" or "--texts" or "--out" => !string.IsNullOrWhiteSpace(value),
                _ => (bool?)null,
            };
            if (allowed is null) return $"train: unknown option {name}";
            if (allowed is false) return value is null ? $"train: {name} needs a value" : $"train: {name} {value} is not allowed";
        }
        return null;
    }

    private static string MeanSd(IReadOnlyList<double> scores)
    {
        var (mean, sd) = LinearTrainer.MeanAndSpread(scores);
        return string.Create(CultureInfo.InvariantCulture, $"{mean:0.000} ± {sd:0.000}");
    }

    // Read after Invalid has accepted the arguments: absent (or "writer", for the sentiment models) means the default.
    private static int Folds(IReadOnlyList<string> args) =>
        int.TryParse(Option(args, "--folds"), CultureInfo.InvariantCulture, out var k) ? k : 5;

    private static float L2(IReadOnlyList<string> args, float fallback) =>
        float.TryParse(Option(args, "--l2"), CultureInfo.InvariantCulture, out var l) ? l : fallback;

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++) if (args[i] == name) return args[i + 1];
        return null;
    }
}
