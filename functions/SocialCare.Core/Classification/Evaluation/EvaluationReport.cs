using static SocialCare.Core.Classification.Evaluation.ClassifierEvaluation;

namespace SocialCare.Core.Classification.Evaluation;

/// <summary>Plain-text figures for one file, readable in a terminal and pasteable into the README.</summary>
public static class EvaluationReport
{
    public static void Write(TextWriter output, string name, EvaluationResult result)
    {
        output.WriteLine($"== {name}");
        output.WriteLine($"language: accuracy {Format(result.Language.Accuracy)} (n={result.Language.Total})");
        if (result.Language.Accuracy < 1) WriteMatrix(output, result.Language);
        foreach (var task in result.Tasks)
        {
            var matrix = result.For(task, null);
            output.WriteLine($"-- task {task} (n={matrix.Total})");
            output.WriteLine($"accuracy {Format(matrix.Accuracy)}  macro-F1 {Format(matrix.MacroF1())}  macro-recall {Format(matrix.MacroRecall)}"
                + PolarF1(task, matrix));
            output.WriteLine($"{"label",-16}{"precision",10}{"recall",10}{"F1",10}");
            foreach (var label in matrix.GoldLabels)
            {
                output.WriteLine($"{label,-16}{Format(matrix.Precision(label)),10}{Format(matrix.Recall(label)),10}{Format(matrix.F1(label)),10}");
            }
            foreach (var language in result.LanguagesOf(task))
            {
                var own = result.For(task, language);
                output.WriteLine($"lang {language,-6} n={own.Total,-6} accuracy {Format(own.Accuracy)}  macro-F1 {Format(own.MacroF1())}");
            }
            WriteMatrix(output, matrix);
        }
        output.WriteLine();
    }

    private static string PolarF1(string task, ConfusionMatrix matrix) =>
        task == "sentiment" && matrix.GoldLabels.Contains("positive") && matrix.GoldLabels.Contains("negative")
            ? $"  macro-F1(pos,neg) {Format(matrix.MacroF1(["positive", "negative"]))}"
            : "";

    private static void WriteMatrix(TextWriter output, ConfusionMatrix matrix)
    {
        var labels = matrix.Labels.ToList();
        output.WriteLine("confusion (rows gold, columns predicted):");
        output.WriteLine($"{"",-16}" + string.Concat(labels.Select(l => $"{Short(l),10}")));
        foreach (var gold in labels.Where(matrix.GoldLabels.Contains))
        {
            output.WriteLine($"{gold,-16}" + string.Concat(labels.Select(p => $"{matrix.Count(gold, p),10}")));
        }
    }

    private static string Short(string label) => label.Length > 9 ? label[..9] : label;
}
