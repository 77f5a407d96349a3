namespace SocialCare.Core.Classification.Evaluation;

/// <summary>Counts of (gold, predicted) pairs and the usual figures derived from them.</summary>
public sealed class ConfusionMatrix
{
    private readonly Dictionary<(string Gold, string Predicted), int> _counts = [];
    private readonly SortedSet<string> _goldLabels = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _labels = new(StringComparer.Ordinal);

    public int Total { get; private set; }
    public IReadOnlyCollection<string> GoldLabels => _goldLabels;
    public IReadOnlyCollection<string> Labels => _labels;

    public void Add(string gold, string predicted)
    {
        _counts[(gold, predicted)] = Count(gold, predicted) + 1;
        _goldLabels.Add(gold);
        _labels.Add(gold);
        _labels.Add(predicted);
        Total++;
    }

    public int Count(string gold, string predicted) => _counts.GetValueOrDefault((gold, predicted));

    public double Accuracy => Total == 0 ? 0 : (double)_labels.Sum(l => Count(l, l)) / Total;

    public double Precision(string label)
    {
        var predicted = _labels.Sum(g => Count(g, label));
        return predicted == 0 ? 0 : (double)Count(label, label) / predicted;
    }

    public double Recall(string label)
    {
        var gold = _labels.Sum(p => Count(label, p));
        return gold == 0 ? 0 : (double)Count(label, label) / gold;
    }

    public double F1(string label)
    {
        var (p, r) = (Precision(label), Recall(label));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Macro averages run over the gold labels only: a predicted label no example has adds no column.</summary>
    public double MacroF1(IEnumerable<string>? over = null) => Average(over ?? _goldLabels, F1);

    public double MacroRecall => Average(_goldLabels, Recall);

    private static double Average(IEnumerable<string> labels, Func<string, double> figure)
    {
        var list = labels.ToList();
        return list.Count == 0 ? 0 : list.Average(figure);
    }
}
