using System.Text.Json;

namespace SocialCare.Core.Classification.Evaluation;

/// <summary>
/// Reads JSONL of either shape: care scenarios (<c>lang, intent, sentiment, text</c>: two tasks a line) or
/// public eval sets (<c>lang, task, label, text</c>: one task a line). Blank lines are skipped.
/// </summary>
public static class LabeledExampleReader
{
    public static IEnumerable<LabeledExample> Read(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            yield return Parse(json.RootElement, lineNumber);
        }
    }

    private static LabeledExample Parse(JsonElement row, int lineNumber)
    {
        var text = Get(row, "text") ?? throw new FormatException($"line {lineNumber}: no \"text\"");
        var language = Get(row, "lang") ?? "other";
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Get(row, "task") is { } task && Get(row, "label") is { } label) gold[task] = label;
        if (Get(row, "intent") is { } intent) gold["intent"] = intent;
        if (Get(row, "sentiment") is { } sentiment) gold["sentiment"] = sentiment;
        if (gold.Count == 0) throw new FormatException($"line {lineNumber}: neither task/label nor intent/sentiment");
        return new LabeledExample(language, text, gold);
    }

    private static string? Get(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
