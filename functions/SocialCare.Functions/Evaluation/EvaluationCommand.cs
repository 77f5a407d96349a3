using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Functions.Evaluation;

/// <summary>
/// <c>./run eval FILE...</c>: runs the offline classifier over labelled JSONL files and prints, for every file and task,
/// accuracy, macro-F1 and macro-recall, per-label precision/recall/F1, figures per language, the confusion matrix,
/// and the language-detection accuracy. Returns 0, or 2 when a file is missing. The files are read here, at the
/// edge; the core only counts.
/// </summary>
public static class EvaluationCommand
{
    public static int Run(IReadOnlyList<string> files, TextWriter output) => Run(files, output, new OfflineClassifier(new Adapters.Intent.ActiveIntentModel()));

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
            var result = ClassifierEvaluation.Evaluate(LabeledExampleReader.Read(reader), classifier);
            EvaluationReport.Write(output, Path.GetFileName(file), result);
        }
        return 0;
    }
}
