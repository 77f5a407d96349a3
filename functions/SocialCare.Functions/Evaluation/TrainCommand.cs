using SocialCare.Core.Classification;
using System.Diagnostics;
using System.Globalization;
using SocialCare.Adapters.Intent;

namespace SocialCare.Functions.Evaluation;

/// <summary>
/// <c>./run train [--corpus DIR] [--folds K|writer] [--l2 X] [--out DIR]</c>: cross-validates the intent model on the care
/// corpus (stratified K-fold, default 5, or leave-one-writer-out with <c>--folds writer</c>: every figure is on messages
/// the model being measured never saw), prints accuracy
/// per language (mean and spread over the folds) and recall per intent, then trains on the whole corpus and writes
/// the model the app ships (<c>intent.bin</c> and <c>intent.json</c>).
/// </summary>
public static class TrainCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TimeProvider time)
    {
        var corpus = Option(args, "--corpus") ?? "data/care";
        var outDir = Option(args, "--out") ?? "functions/SocialCare.Functions/Models";
        var byWriter = Option(args, "--folds") == "writer";
        var folds = int.TryParse(Option(args, "--folds"), CultureInfo.InvariantCulture, out var k) && k >= 2 ? k : 5;
        var l2 = float.TryParse(Option(args, "--l2"), CultureInfo.InvariantCulture, out var l) && l > 0 ? l : IntentTrainer.L2;
        if (!Directory.Exists(corpus))
        {
            output.WriteLine($"{corpus}: not found");
            return 2;
        }
        var (examples, digest) = IntentCorpus.Read(corpus);
        output.WriteLine(byWriter
            ? $"{examples.Count} examples from {corpus} (digest {digest}); leave-one-writer-out over {examples.Select(e => e.Writer).Distinct().Count()} writers"
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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cross-validation took {watch.Elapsed.TotalSeconds:0.0} s"));

        var info = new IntentModelInfo($"corpus-{digest}", time.GetUtcNow(), examples.Count, 0, digest, figures);
        var model = IntentTrainer.Train(examples, info, l2);
        IntentModelFiles.Save(model, outDir);
        var size = new FileInfo(Path.Combine(outDir, IntentModelFiles.ModelFile)).Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model {info.Version} written to {outDir}/{IntentModelFiles.ModelFile} ({size / 1024.0 / 1024.0:0.00} MB)"));
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++) if (args[i] == name) return args[i + 1];
        return null;
    }
}
