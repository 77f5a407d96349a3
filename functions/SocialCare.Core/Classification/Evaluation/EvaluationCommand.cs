using System.Globalization;

namespace SocialCare.Core.Classification.Evaluation;

/// <summary>
/// <c>./run eval FILE...</c>: runs the offline classifier over labelled JSONL files and prints, for every file and task,
/// accuracy, macro-F1 and macro-recall, per-label precision/recall/F1, figures per language, the confusion matrix,
/// and the language-detection accuracy. Returns 0, or 2 when a file is missing.
/// </summary>
public static class EvaluationCommand
{
    public static int Run(IReadOnlyList<string> files, TextWriter output) => Run(files, output, new OfflineClassifier());

    public static int Run(IReadOnlyList<string> files, TextWriter output, OfflineClassifier classifier)
    {
        if (files.Count == 0)
        {
            output.WriteLine("usage: eval FILE.jsonl [FILE.jsonl...]");
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
            var result = Evaluate(LabeledExampleReader.Read(reader), classifier);
            EvaluationReport.Write(output, Path.GetFileName(file), result);
        }
        return 0;
    }

    public static EvaluationResult Evaluate(IEnumerable<LabeledExample> examples, OfflineClassifier classifier)
    {
        var result = new EvaluationResult();
        foreach (var example in examples)
        {
            var analysis = classifier.Analyze(example.Text);
            result.Language.Add(example.Language, analysis.Language);
            foreach (var (task, gold) in example.Gold)
            {
                if (TaskPredictions.Predict(task, analysis) is not { } predicted) continue;
                result.For(task, null).Add(gold, predicted);
                result.For(task, example.Language).Add(gold, predicted);
            }
        }
        return result;
    }

    internal static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
