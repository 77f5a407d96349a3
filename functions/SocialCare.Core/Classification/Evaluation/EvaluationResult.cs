namespace SocialCare.Core.Classification.Evaluation;

/// <summary>Confusion matrices per task, overall and per language, and one for language detection.</summary>
public sealed class EvaluationResult
{
    private readonly SortedDictionary<string, ConfusionMatrix> _tasks = new(StringComparer.Ordinal);

    public ConfusionMatrix Language { get; } = new();

    public IEnumerable<string> Tasks => _tasks.Keys.Where(k => !k.Contains('/', StringComparison.Ordinal));

    public IEnumerable<string> LanguagesOf(string task) =>
        _tasks.Keys.Where(k => k.StartsWith(task + "/", StringComparison.Ordinal)).Select(k => k[(task.Length + 1)..]);

    /// <summary>The matrix of a task overall (language null) or within one language.</summary>
    public ConfusionMatrix For(string task, string? language)
    {
        var key = language is null ? task : $"{task}/{language}";
        if (!_tasks.TryGetValue(key, out var matrix)) _tasks[key] = matrix = new ConfusionMatrix();
        return matrix;
    }
}
