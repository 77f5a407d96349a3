using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Learning;

/// <summary>
/// A trained sentiment model for one language: a <see cref="LinearTextModel"/> over the words and the lexicon's
/// sentiment signals (<see cref="SentimentSignals"/>) whose labels are positive, neutral, negative and mixed.
/// </summary>
public sealed class SentimentModel : ISentimentModel
{
    /// <summary>The file <c>./run train</c> writes beside the intent model for a language, and the app ships.</summary>
    public static string FileOf(string language) => $"sentiment-{language}.bin";

    private const int Magic = 0x31544E53; // "SNT1"

    private readonly LinearTextModel linear;
    private readonly Sentiment[] sentiments;

    internal SentimentModel(string language, string digest, int examples, LinearTextModel linear)
    {
        Language = language;
        Digest = digest;
        Examples = examples;
        this.linear = linear;
        sentiments = [.. linear.Labels.Select(Parse)];
    }

    public string Language { get; }

    /// <summary>The digest of the texts it was trained on (<see cref="SentimentTrainer.Read"/>), and how many there were.</summary>
    public string Digest { get; }

    public int Examples { get; }

    public bool Reads(string language) => language == Language;

    public SentimentGuess? Predict(string language, string text, float[] signals) => language == Language ? Predict(text, signals) : null;

    public SentimentGuess Predict(string text, float[] signals)
    {
        var (best, confidence, _) = linear.Predict(text, signals);
        return new SentimentGuess(sentiments[best], confidence);
    }

    public void Save(Stream stream)
    {
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Language);
            writer.Write(Digest);
            writer.Write(Examples);
        }
        linear.Save(stream);
    }

    public static SentimentModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic) throw new InvalidDataException("Not a sentiment model file.");
        var (language, digest, examples) = (reader.ReadString(), reader.ReadString(), reader.ReadInt32());
        return new SentimentModel(language, digest, examples, LinearTextModel.Load(stream, SentimentSignals.Count));
    }

    /// <summary>The model for <paramref name="language"/> in <paramref name="folder"/>, or null when there is none.</summary>
    public static SentimentModel? LoadFrom(string folder, string language)
    {
        var path = Path.Combine(folder, FileOf(language));
        if (!System.IO.File.Exists(path)) return null;
        using var stream = System.IO.File.OpenRead(path);
        return Load(stream);
    }

    public static string Name(Sentiment sentiment) => sentiment.ToString().ToLowerInvariant();

    private static Sentiment Parse(string label) =>
        Enum.TryParse<Sentiment>(label, ignoreCase: true, out var s) ? s : throw new InvalidDataException($"Unknown sentiment '{label}' in the model.");
}
