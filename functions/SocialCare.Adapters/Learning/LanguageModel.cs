using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Learning;

/// <summary>
/// A trained language model: a <see cref="LinearTextModel"/> over the letters and words and the lexicon's reading of the
/// language (<see cref="LanguageSignals"/>) whose labels are the care corpus's languages. It reads what the rules miss:
/// Polish without diacritics and without a word the lexicon knows ("uwielbiam"), Russian in Latin letters.
/// </summary>
public sealed class LanguageModel : ILanguageModel
{
    /// <summary>The file <c>./run train</c> writes beside the intent model, and the app ships.</summary>
    public const string File = "language.bin";

    private const int Magic = 0x31474E4C; // "LNG1"

    private readonly LinearTextModel linear;

    internal LanguageModel(string digest, int examples, LinearTextModel linear)
    {
        Digest = digest;
        Examples = examples;
        this.linear = linear;
    }

    /// <summary>The digest of the corpus it was trained on (<see cref="Intent.IntentCorpus.Read"/>), and how many messages there were.</summary>
    public string Digest { get; }

    public int Examples { get; }

    public IReadOnlyList<string> Languages => linear.Labels;

    public string? Predict(string text, float[] signals) => linear.Labels[linear.Predict(text, signals).Label];

    public void Save(Stream stream)
    {
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Digest);
            writer.Write(Examples);
        }
        linear.Save(stream);
    }

    public static LanguageModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic) throw new InvalidDataException("Not a language model file.");
        var (digest, examples) = (reader.ReadString(), reader.ReadInt32());
        return new LanguageModel(digest, examples, LinearTextModel.Load(stream, LanguageSignals.Count));
    }

    /// <summary>The model in <paramref name="folder"/>, or null when there is none (the lexicon reads the language).</summary>
    public static LanguageModel? LoadFrom(string folder)
    {
        var path = Path.Combine(folder, File);
        if (!System.IO.File.Exists(path)) return null;
        using var stream = System.IO.File.OpenRead(path);
        return Load(stream);
    }
}
