using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SocialCare.Adapters.Learning;

/// <summary>One labelled text to learn from, with the lexicon's signals for it and its weight.</summary>
public sealed record LinearExample(string Text, float[] Signals, string Label, float Weight = 1f);

/// <summary>
/// Trains a <see cref="LinearTextModel"/> with ML.NET: a multiclass logistic regression (L-BFGS maximum entropy, L2)
/// over <see cref="TextGrams"/> beside the lexicon's signals. The learned weights are read out of ML.NET, so
/// prediction needs no ML.NET pipeline (its prediction engine measured 12,000 messages a second and a 0.5 s first
/// load, short of the targets). One thread and fixed features: the same examples give the same model.
/// </summary>
public static class LinearTrainer
{
    public const int Seed = 20261203;

    public static LinearTextModel Train(IReadOnlyList<LinearExample> examples, float l2)
    {
        if (examples.Select(e => e.Label).Distinct().Count() < 2) throw new ArgumentException("Training needs examples of at least two labels.", nameof(examples));
        var signalCount = examples[0].Signals.Length;
        var length = LinearTextModel.Length(signalCount);
        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        var rows = examples.Select(e =>
        {
            var (indices, values) = TextGrams.Of(e.Text, e.Signals);
            return new Row { Label = e.Label, Features = new VBuffer<float>(length, indices.Length, values, indices), Weight = e.Weight };
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Key", nameof(Row.Label))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Key",
                FeatureColumnName = nameof(Row.Features),
                ExampleWeightColumnName = nameof(Row.Weight),
                L1Regularization = 0f,
                L2Regularization = l2,
                OptimizationTolerance = 1e-4f,
                NumberOfThreads = 1,
            }));
        var fitted = pipeline.Fit(data);
        var parameters = fitted.LastTransformer.Model;
        // The label of each weight vector, in the order ML.NET gave the labels their keys.
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        fitted.GetOutputSchema(data.Schema)["Key"].GetKeyValues(ref names);
        var labels = names.DenseValues().Select(n => n.ToString()).ToArray();

        var perLabel = default(VBuffer<float>[]);
        parameters.GetWeights(ref perLabel, out var count);
        var biases = parameters.GetBiases().ToArray();
        var byFeature = new Dictionary<int, float[]>();
        for (var c = 0; c < count; c++)
        {
            foreach (var (feature, weight) in perLabel![c].Items(all: false))
            {
                if (weight == 0) continue;
                if (!byFeature.TryGetValue(feature, out var row)) byFeature[feature] = row = new float[count];
                row[c] = weight;
            }
        }
        var weights = new float[byFeature.Count * count];
        var rowOf = new Dictionary<int, int>();
        var r = 0;
        foreach (var (feature, row) in byFeature.OrderBy(p => p.Key))
        {
            rowOf[feature] = r;
            row.CopyTo(weights, r++ * count);
        }
        return new LinearTextModel(labels, signalCount, biases, rowOf, weights);
    }

    /// <summary>A cross-validated figure's mean over the folds, and its sample standard deviation (0 for one fold).</summary>
    public static (double Mean, double Spread) MeanAndSpread(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var spread = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return (mean, spread);
    }

    /// <summary>
    /// Folds for k-fold cross-validation, stratified by <paramref name="group"/>: within each group, examples in a seeded
    /// shuffled order are dealt to the folds in turn.
    /// </summary>
    public static int[] Folds<T, TGroup>(IReadOnlyList<T> examples, int folds, Func<T, TGroup> group) where TGroup : notnull
    {
        var fold = new int[examples.Count];
        var random = new Random(Seed);
        foreach (var g in Enumerable.Range(0, examples.Count).GroupBy(i => group(examples[i])).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var order = g.ToArray();
            random.Shuffle(order);
            for (var j = 0; j < order.Length; j++) fold[order[j]] = j % folds;
        }
        return fold;
    }

    private sealed class Row
    {
        public string Label { get; set; } = "";
        public VBuffer<float> Features { get; set; }
        public float Weight { get; set; } = 1f;
    }
}
