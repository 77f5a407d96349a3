using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// A trained linear intent model: per class a bias and weights over <see cref="IntentFeatures"/> (only the features
/// seen in training carry weight, so it keeps those). Prediction is a sparse dot product per class and a softmax:
/// no allocation beyond the features, safe from any number of threads, and loading is reading arrays.
/// </summary>
public sealed class IntentModel : IIntentModel
{
    private const int Magic = 0x31544E49; // "INT1"

    private readonly Core.Classification.Intent[] classes;
    private readonly float[] biases;
    private readonly Dictionary<int, int> rowOf;
    private readonly float[] dense; // per feature slot, its weights for every class (zero where it carries none)
    private readonly float[] weights; // row-major: rowOf[feature] * classes.Length + class

    [ThreadStatic]
    private static List<int>? scratch;

    internal IntentModel(Core.Classification.Intent[] classes, float[] biases, Dictionary<int, int> rowOf, float[] weights, IntentModelInfo info)
    {
        this.classes = classes;
        this.biases = biases;
        this.rowOf = rowOf;
        this.weights = weights;
        // Spread out by slot: one memory read per gram instead of a lookup and then a read.
        dense = new float[IntentFeatures.Length * classes.Length];
        foreach (var (feature, row) in rowOf) weights.AsSpan(row * classes.Length, classes.Length).CopyTo(dense.AsSpan(feature * classes.Length));
        Info = info;
    }

    public IntentModelInfo Info { get; }

    /// <summary>Features that carry weight: a measure of the model's size.</summary>
    public int Features => rowOf.Count;

    /// <summary>The same model described anew (its figures are known only once it has been measured).</summary>
    public IntentModel With(IntentModelInfo info) => new(classes, biases, rowOf, weights, info);

    public IntentGuess? Predict(string text, float[] signals)
    {
        var grams = scratch ??= new List<int>(512);
        grams.Clear();
        IntentFeatures.Grams(text, grams);
        Span<float> scores = stackalloc float[classes.Length];
        biases.CopyTo(scores);
        var scale = grams.Count == 0 ? 0f : 1f / MathF.Sqrt(grams.Count);
        foreach (var slot in grams) AddRow(scores, slot, scale);
        for (var s = 0; s < signals.Length; s++) AddRow(scores, IntentFeatures.TextSlots + s, signals[s]);
        var best = 0;
        for (var c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        var sum = 0f;
        for (var c = 0; c < scores.Length; c++) sum += MathF.Exp(scores[c] - scores[best]);
        return new IntentGuess(classes[best], 1f / sum);
    }

    private void AddRow(Span<float> scores, int slot, float value)
    {
        if (value == 0) return;
        var w = dense.AsSpan(slot * scores.Length, scores.Length);
        for (var c = 0; c < scores.Length; c++) scores[c] += w[c] * value;
    }

    /// <summary>The share of <paramref name="examples"/> whose intent this model predicts.</summary>
    public double Accuracy(IReadOnlyCollection<IntentExample> examples) =>
        examples.Count == 0 ? 0 : (double)examples.Count(e => Predict(e.Text, IntentSignals.Of(e.Text))?.Intent == e.Intent) / examples.Count;

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(IntentFeatures.Length);
        writer.Write(classes.Length);
        foreach (var c in classes) writer.Write(IntentNames.Of(c));
        foreach (var b in biases) writer.Write(b);
        writer.Write(rowOf.Count);
        foreach (var (feature, row) in rowOf.OrderBy(p => p.Key))
        {
            writer.Write(feature);
            foreach (var w in weights.AsSpan(row * classes.Length, classes.Length)) writer.Write(w);
        }
    }

    public static IntentModel Load(Stream stream, IntentModelInfo info)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic) throw new InvalidDataException("Not an intent model file.");
        if (reader.ReadInt32() != IntentFeatures.Length) throw new InvalidDataException("The model was trained on other features: train it again (./run train).");
        var classes = new Core.Classification.Intent[reader.ReadInt32()];
        for (var c = 0; c < classes.Length; c++) classes[c] = IntentNames.Parse(reader.ReadString()) ?? throw new InvalidDataException("Unknown intent in the model.");
        var biases = new float[classes.Length];
        for (var c = 0; c < classes.Length; c++) biases[c] = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var rowOf = new Dictionary<int, int>(rows);
        var weights = new float[rows * classes.Length];
        for (var r = 0; r < rows; r++)
        {
            rowOf[reader.ReadInt32()] = r;
            for (var c = 0; c < classes.Length; c++) weights[r * classes.Length + c] = reader.ReadSingle();
        }
        return new IntentModel(classes, biases, rowOf, weights, info);
    }
}
