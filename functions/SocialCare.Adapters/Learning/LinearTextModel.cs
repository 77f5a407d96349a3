namespace SocialCare.Adapters.Learning;

/// <summary>
/// A trained linear text classifier: per label a bias and weights over <see cref="TextGrams"/> followed by
/// <see cref="SignalCount"/> lexicon signals (only the features seen in training carry weight, so it keeps those).
/// Prediction is a sparse dot product per label and a softmax: no allocation beyond the grams, safe from any number
/// of threads, and loading is reading arrays. The intent model is one of these.
/// </summary>
public sealed class LinearTextModel
{
    private const int Magic = 0x314D544C; // "LTM1"

    private readonly float[] biases;
    private readonly Dictionary<int, int> rowOf;
    private readonly float[] dense; // per feature slot, its weights for every label (zero where it carries none)
    private readonly float[] weights; // row-major: rowOf[feature] * labels + label

    // The last text's grams on this thread: the intent and sentiment models read the same text one after the other,
    // and a string never changes, so the second reuses the first's grams.
    [ThreadStatic]
    private static List<int>? scratch;

    [ThreadStatic]
    private static string? scratchText;

    internal LinearTextModel(string[] labels, int signalCount, float[] biases, Dictionary<int, int> rowOf, float[] weights)
    {
        Labels = labels;
        SignalCount = signalCount;
        this.biases = biases;
        this.rowOf = rowOf;
        this.weights = weights;
        // Spread out by slot: one memory read per gram instead of a lookup and then a read.
        dense = new float[Length(signalCount) * labels.Length];
        foreach (var (feature, row) in rowOf) weights.AsSpan(row * labels.Length, labels.Length).CopyTo(dense.AsSpan(feature * labels.Length));
    }

    /// <summary>The labels, in the order <see cref="Predict"/> numbers them.</summary>
    public IReadOnlyList<string> Labels { get; }

    public int SignalCount { get; }

    /// <summary>Features that carry weight: a measure of the model's size.</summary>
    public int Features => rowOf.Count;

    public static int Length(int signalCount) => TextGrams.TextSlots + signalCount;

    /// <summary>The most likely label's index and its probability, and the second most likely label's index.</summary>
    public (int Label, float Confidence, int RunnerUp) Predict(string text, float[] signals)
    {
        if (signals.Length != SignalCount) throw new ArgumentException($"The model reads {SignalCount} signals, not {signals.Length}.", nameof(signals));
        var grams = scratch ??= new List<int>(512);
        if (!ReferenceEquals(scratchText, text))
        {
            scratchText = null; // not half-filled grams under the text's name if Grams throws
            grams.Clear();
            TextGrams.Grams(text, grams);
            scratchText = text;
        }
        Span<float> scores = stackalloc float[biases.Length];
        biases.CopyTo(scores);
        var scale = grams.Count == 0 ? 0f : 1f / MathF.Sqrt(grams.Count);
        foreach (var slot in grams) AddRow(scores, slot, scale);
        for (var s = 0; s < signals.Length; s++) AddRow(scores, TextGrams.TextSlots + s, signals[s]);
        var best = 0;
        for (var c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        var second = best == 0 ? 1 : 0;
        for (var c = 0; c < scores.Length; c++) if (c != best && scores[c] > scores[second]) second = c;
        var sum = 0f;
        for (var c = 0; c < scores.Length; c++) sum += MathF.Exp(scores[c] - scores[best]);
        return (best, 1f / sum, second);
    }

    private void AddRow(Span<float> scores, int slot, float value)
    {
        if (value == 0) return;
        var w = dense.AsSpan(slot * scores.Length, scores.Length);
        for (var c = 0; c < scores.Length; c++) scores[c] += w[c] * value;
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(TextGrams.Version);
        writer.Write(TextGrams.TextBits);
        writer.Write(SignalCount);
        writer.Write(Labels.Count);
        foreach (var label in Labels) writer.Write(label);
        foreach (var b in biases) writer.Write(b);
        writer.Write(rowOf.Count);
        foreach (var (feature, row) in rowOf.OrderBy(p => p.Key))
        {
            writer.Write(feature);
            foreach (var w in weights.AsSpan(row * Labels.Count, Labels.Count)) writer.Write(w);
        }
    }

    /// <summary>Reads a saved model; refuses one saved with other grams or another number of signals than <paramref name="signalCount"/>.</summary>
    public static LinearTextModel Load(Stream stream, int signalCount)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic) throw new InvalidDataException("Not a model file, or one from an older release: train it again (./run train).");
        if (reader.ReadInt32() != TextGrams.Version || reader.ReadInt32() != TextGrams.TextBits || reader.ReadInt32() != signalCount)
            throw new InvalidDataException("The model was trained on other features: train it again (./run train).");
        var labels = new string[reader.ReadInt32()];
        for (var c = 0; c < labels.Length; c++) labels[c] = reader.ReadString();
        var biases = new float[labels.Length];
        for (var c = 0; c < labels.Length; c++) biases[c] = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var rowOf = new Dictionary<int, int>(rows);
        var weights = new float[rows * labels.Length];
        for (var r = 0; r < rows; r++)
        {
            var feature = reader.ReadInt32();
            if (feature < 0 || feature >= Length(signalCount)) throw new InvalidDataException("A weight outside the model's features.");
            rowOf[feature] = r;
            for (var c = 0; c < labels.Length; c++) weights[r * labels.Length + c] = reader.ReadSingle();
        }
        return new LinearTextModel(labels, signalCount, biases, rowOf, weights);
    }
}
