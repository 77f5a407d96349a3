using System.Text.Json;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// The function.json files beside the executable: Triggers/&lt;Name&gt;/ in a build, &lt;Name&gt;/ in a published package
/// (the layout the Functions host reads).
/// </summary>
public sealed class FunctionCatalog
{
    public FunctionCatalog(string root)
    {
        Root = root;
        var folders = Directory.Exists(Path.Combine(root, "Triggers"))
            ? Directory.GetDirectories(Path.Combine(root, "Triggers"))
            : Directory.GetDirectories(root);
        Functions = [.. folders
            .Select(f => Path.Combine(f, "function.json"))
            .Where(File.Exists)
            .Select(Load)
            .OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    public string Root { get; }
    public IReadOnlyList<FunctionDefinition> Functions { get; }

    public FunctionDefinition? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static FunctionCatalog ForApp() =>
        new(Environment.GetEnvironmentVariable("FUNCTIONS_APP_ROOT_PATH") is { Length: > 0 } root && Directory.Exists(root) ? root : AppContext.BaseDirectory);

    private static FunctionDefinition Load(string path)
    {
        var file = JsonSerializer.Deserialize(File.ReadAllBytes(path), FunctionJsonContext.Default.FunctionJsonFile)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new FunctionDefinition(Path.GetFileName(Path.GetDirectoryName(path)!), path, file.Bindings);
    }
}
