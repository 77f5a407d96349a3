using SocialCare.Core.Classification;
using System.Security.Cryptography;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Adapters.Intent;

/// <summary>The care corpus: JSONL files with <c>lang</c>, <c>intent</c> and <c>text</c>, read in file-name order.</summary>
public static class IntentCorpus
{
    public static (IReadOnlyList<IntentExample> Examples, string Digest) Read(string folder)
    {
        var files = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"No *.jsonl in {folder}.");
        var examples = new List<IntentExample>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(bytes);
            using var reader = new StreamReader(new MemoryStream(bytes));
            foreach (var e in LabeledExampleReader.Read(reader))
            {
                if (!e.Gold.TryGetValue("intent", out var name)) continue;
                var intent = IntentNames.Parse(name) ?? throw new FormatException($"{Path.GetFileName(file)}: unknown intent '{name}'");
                examples.Add(new IntentExample(e.Text, intent, e.Language, Writer: WriterOf(file)));
            }
        }
        return (examples, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    /// <summary>
    /// The writer of a corpus file, by its name: <c>pl.jsonl</c> is the first writer's, <c>ru-2.jsonl</c> and
    /// <c>ru-2b.jsonl</c> the second's (<c>data/care/LABELLING.md</c>: one file per writer and language).
    /// </summary>
    public static string WriterOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var digits = dash < 0 ? "" : new string(name[(dash + 1)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? "1" : digits;
    }
}
