using System.Globalization;

namespace SocialCare.Core.Classification.Evaluation;

/// <summary>Runs the offline classifier over labelled examples and counts, per task and language, what it got right.</summary>
public static class ClassifierEvaluation
{
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
