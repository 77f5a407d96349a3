using System.Text.Json.Nodes;

namespace SocialCare.Tests.Infra;

/// <summary>The Service Bus queue names that the function.json files under functions/ bind to.</summary>
internal static class FunctionBindings
{
    public static IReadOnlyList<(string Queue, string FoundIn)> QueueNames()
    {
        var functions = RepositoryRoot.Combine("functions");
        return [.. Directory.EnumerateFiles(functions, "function.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => QueueNamesIn(File.ReadAllText(path), Path.GetRelativePath(RepositoryRoot.Path, path)))];
    }

    public static IEnumerable<(string Queue, string FoundIn)> QueueNamesIn(string functionJson, string foundIn)
    {
        var bindings = JsonNode.Parse(functionJson)?["bindings"]?.AsArray() ?? [];
        foreach (var binding in bindings.OfType<JsonObject>())
        {
            var type = binding["type"]?.GetValue<string>() ?? "";
            if (type.StartsWith("serviceBus", StringComparison.OrdinalIgnoreCase) && binding["queueName"] is JsonNode queue)
            {
                yield return (queue.GetValue<string>(), foundIn);
            }
        }
    }
}
