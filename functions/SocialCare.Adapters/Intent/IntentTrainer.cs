using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// Trains the intent model with ML.NET: a multiclass logistic regression (L-BFGS maximum entropy, L2) over
/// <see cref="IntentFeatures"/> (hashed word and character n-grams beside the lexicon's signals). The learned
/// weights are read out of ML.NET into <see cref="IntentModel"/>, whose prediction needs no ML.NET pipeline: one
/// sparse dot product per class (ML.NET's prediction engine measured 12,000 messages a second and a 0.5 s first load,
/// short of the targets). One thread and fixed features: the same examples give the same model.
/// </summary>
public static class IntentTrainer
{
    public const int Seed = 20261203;
    public const float L2 = 0.01f;

    public static IntentModel Train(IReadOnlyList<IntentExample> examples, IntentModelInfo info, float l2 = L2)
    {
        if (examples.Select(e => e.Intent).Distinct().Count() < 2) throw new ArgumentException("Training needs examples of at least two intents.", nameof(examples));
        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(IntentRow));
        schema[nameof(IntentRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, IntentFeatures.Length);
        var rows = examples.Select(e =>
        {
            var (indices, values) = IntentFeatures.Of(e.Text, IntentSignals.Of(e.Text));
            return new IntentRow
            {
                Intent = IntentNames.Of(e.Intent),
                Features = new VBuffer<float>(IntentFeatures.Length, indices.Length, values, indices),
                Weight = e.Weight,
            };
        });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(IntentRow.Intent))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = nameof(IntentRow.Features),
                ExampleWeightColumnName = nameof(IntentRow.Weight),
                L1Regularization = 0f,
                L2Regularization = l2,
                OptimizationTolerance = 1e-4f,
                NumberOfThreads = 1,
            }));
        var fitted = pipeline.Fit(data);
        var parameters = fitted.LastTransformer.Model;
        // The class of each weight vector, in the order ML.NET gave the labels their keys.
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        fitted.GetOutputSchema(data.Schema)["Label"].GetKeyValues(ref names);
        var classes = names.DenseValues().Select(n => IntentNames.Parse(n.ToString()) ?? throw new InvalidDataException($"unknown label {n}")).ToArray();

        var perClass = default(VBuffer<float>[]);
        parameters.GetWeights(ref perClass, out var count);
        var biases = parameters.GetBiases().ToArray();
        var rowOf = new Dictionary<int, int>();
        var byFeature = new Dictionary<int, float[]>();
        for (var c = 0; c < count; c++)
        {
            foreach (var (feature, weight) in perClass![c].Items(all: false))
            {
                if (weight == 0) continue;
                if (!byFeature.TryGetValue(feature, out var row)) byFeature[feature] = row = new float[count];
                row[c] = weight;
            }
        }
        var weights = new float[byFeature.Count * count];
        var r = 0;
        foreach (var (feature, row) in byFeature.OrderBy(p => p.Key))
        {
            rowOf[feature] = r;
            row.CopyTo(weights, r++ * count);
        }
        return new IntentModel(classes, biases, rowOf, weights, info);
    }

    /// <summary>
    /// Stratified k-fold cross-validation (by language and intent): each fold is predicted by a model that never saw
    /// it. Accuracy per language per fold, and recall per intent over all folds.
    /// </summary>
    public static CrossValidation CrossValidate(IReadOnlyList<IntentExample> examples, int folds, float l2 = L2)
    {
        var fold = FoldsOf(examples, folds);
        var perFold = new List<IReadOnlyDictionary<string, double>>();
        var recall = new Dictionary<Core.Classification.Intent, (int Hit, int All)>();
        for (var k = 0; k < folds; k++)
        {
            var train = examples.Where((_, i) => fold[i] != k).ToList();
            var test = examples.Where((_, i) => fold[i] == k).ToList();
            var model = Train(train, new IntentModelInfo($"cv-{k}", DateTimeOffset.UnixEpoch, train.Count, 0, "", new Dictionary<string, double>()), l2);
            var byLanguage = new Dictionary<string, (int Hit, int All)>();
            foreach (var e in test)
            {
                var hit = model.Predict(e.Text, IntentSignals.Of(e.Text))?.Intent == e.Intent;
                var (h, a) = byLanguage.GetValueOrDefault(e.Language);
                byLanguage[e.Language] = (h + (hit ? 1 : 0), a + 1);
                var (rh, ra) = recall.GetValueOrDefault(e.Intent);
                recall[e.Intent] = (rh + (hit ? 1 : 0), ra + 1);
            }
            perFold.Add(byLanguage.ToDictionary(p => p.Key, p => (double)p.Value.Hit / p.Value.All));
        }
        return new CrossValidation(folds, perFold, recall.ToDictionary(p => p.Key, p => (double)p.Value.Hit / p.Value.All));
    }

    // Within each (language, intent) group, examples in a seeded shuffled order are dealt to folds in turn.
    private static int[] FoldsOf(IReadOnlyList<IntentExample> examples, int folds)
    {
        var fold = new int[examples.Count];
        var random = new Random(Seed);
        foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => (examples[i].Language, examples[i].Intent)).OrderBy(g => g.Key.Language, StringComparer.Ordinal).ThenBy(g => g.Key.Intent))
        {
            var order = group.ToArray();
            random.Shuffle(order);
            for (var j = 0; j < order.Length; j++) fold[order[j]] = j % folds;
        }
        return fold;
    }

    private sealed class IntentRow
    {
        public string Intent { get; set; } = "";
        public VBuffer<float> Features { get; set; }
        public float Weight { get; set; } = 1f;
    }
}

/// <summary>Cross-validated figures: accuracy per language in each fold, recall per intent over all folds.</summary>
public sealed record CrossValidation(int Folds, IReadOnlyList<IReadOnlyDictionary<string, double>> AccuracyByFold, IReadOnlyDictionary<Core.Classification.Intent, double> Recall)
{
    public IEnumerable<string> Languages => AccuracyByFold.SelectMany(f => f.Keys).Distinct().Order(StringComparer.Ordinal);

    public (double Mean, double Spread) Accuracy(string language)
    {
        var values = AccuracyByFold.Where(f => f.ContainsKey(language)).Select(f => f[language]).ToList();
        var mean = values.Average();
        var sd = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return (mean, sd);
    }
}
