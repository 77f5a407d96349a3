using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Functions.Evaluation;

/// <summary>
/// <c>./run eval [--model DIR] [--misses] FILE...</c>: runs the offline classifier (with the shipped intent, sentiment
/// and language models, or the ones in DIR that <c>./run train --out DIR</c> wrote) over labelled JSONL files and prints, for every file and task,
/// accuracy, macro-F1 and macro-recall, per-label precision/recall/F1, figures per language, the confusion matrix,
/// and the language-detection accuracy; with <c>--misses</c>, every message and task it got wrong. Returns 0, or 2 when a file is missing. The files are read here, at the
/// edge; the core only counts.
/// </summary>
public static class EvaluationCommand
{
    public const string Usage = "usage: ./run eval [--model DIR] [--misses] FILE.jsonl [FILE.jsonl...]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (args is ["--help"] or ["-h"])
        {
            output.WriteLine(Usage);
            return 0;
        }
        var model = new Adapters.Intent.ActiveIntentModel();
        ISentimentModel? sentiments = new Adapters.Learning.ShippedSentimentModel();
        ILanguageModel? languages = new Adapters.Learning.ShippedLanguageModel();
        var misses = args.Contains("--misses");
        args = [.. args.Where(a => a != "--misses")];
        if (args is ["--model", var folder, ..])
        {
            if (!File.Exists(Path.Combine(folder, Adapters.Intent.IntentModelFiles.ModelFile)))
            {
                output.WriteLine($"{folder}: no {Adapters.Intent.IntentModelFiles.ModelFile}");
                return 2;
            }
            model.Use(Adapters.Intent.IntentModelFiles.Load(folder));
            output.WriteLine($"intent model {model.Current!.Info.Version} from {folder}");
            // The folder's models only: one without a sentiment model is measured with the lexicon's sentiment.
            var learned = Adapters.Learning.SentimentModels.LoadFrom(folder);
            sentiments = learned;
            output.WriteLine(learned.Languages.Count == 0 ? $"no sentiment model in {folder}: the lexicon's sentiment" : $"sentiment models ({string.Join(", ", learned.Languages)}) from {folder}");
            languages = Adapters.Learning.LanguageModel.LoadFrom(folder);
            output.WriteLine(languages is null ? $"no language model in {folder}: the lexicon's language" : $"language model from {folder}");
            args = args.Skip(2).ToList();
        }
        return Run(args, output, new OfflineClassifier(model, sentiments, languages), misses);
    }

    public static int Run(IReadOnlyList<string> files, TextWriter output, OfflineClassifier classifier, bool misses = false)
    {
        if (files.Count == 0)
        {
            output.WriteLine(Usage);
            return 2;
        }
        // An option it does not know (or --model anywhere but first) is refused, not read as a file name.
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
        {
            output.WriteLine($"eval: unknown option {unknown}");
            output.WriteLine(Usage);
            return 2;
        }
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                output.WriteLine($"{file}: not found");
                return 2;
            }
            using var reader = File.OpenText(file);
            var result = ClassifierEvaluation.Evaluate(LabeledExampleReader.Read(reader), classifier);
            EvaluationReport.Write(output, Path.GetFileName(file), result);
            if (misses) WriteMisses(file, output, classifier);
        }
        return 0;
    }

    private static void WriteMisses(string file, TextWriter output, OfflineClassifier classifier)
    {
        using var reader = File.OpenText(file);
        output.WriteLine("-- misses (task or language: gold -> predicted)");
        foreach (var e in LabeledExampleReader.Read(reader))
        {
            var analysis = classifier.Analyze(e.Text);
            if (analysis.Language != e.Language) output.WriteLine($"language: {e.Language} -> {analysis.Language}: {e.Text.ReplaceLineEndings(" ")}");
            foreach (var (task, gold) in e.Gold)
            {
                var predicted = TaskPredictions.Predict(task, analysis);
                if (predicted is not null && predicted != gold) output.WriteLine($"{task}: {gold} -> {predicted}: {e.Text.ReplaceLineEndings(" ")}");
            }
        }
    }
}
