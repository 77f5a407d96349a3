using System.Text.Json.Nodes;

namespace SocialCare.Tests.Infra;

/// <summary>The Service Bus queue names that the function.json files under functions/ bind to.</summary>
internal static class FunctionBindings
{
    /// <summary>The queues that bindings of one type (<c>serviceBusTrigger</c> or <c>serviceBus</c>) name.</summary>
    public static IReadOnlySet<string> QueueNames(string bindingType) =>
        QueueBindings().Where(b => string.Equals(b.Type, bindingType, StringComparison.OrdinalIgnoreCase)).Select(b => b.Queue).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<(string Queue, string FoundIn)> QueueNames() => [.. QueueBindings().Select(b => (b.Queue, b.FoundIn))];

    private static IReadOnlyList<(string Queue, string FoundIn, string Type)> QueueBindings()
    {
        var functions = RepositoryRoot.Combine("functions");
        return [.. Directory.EnumerateFiles(functions, "function.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => QueueNamesIn(File.ReadAllText(path), Path.GetRelativePath(RepositoryRoot.Path, path)))];
    }

    public static IEnumerable<(string Queue, string FoundIn, string Type)> QueueNamesIn(string functionJson, string foundIn)
    {
        var bindings = JsonNode.Parse(functionJson)?["bindings"]?.AsArray() ?? [];
        foreach (var binding in bindings.OfType<JsonObject>())
        {
            var type = binding["type"]?.GetValue<string>() ?? "";
            if (type.StartsWith("serviceBus", StringComparison.OrdinalIgnoreCase) && binding["queueName"] is JsonNode queue)
            {
                yield return (queue.GetValue<string>(), foundIn, type);
            }
        }
    }
}
