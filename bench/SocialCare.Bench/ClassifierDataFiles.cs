namespace SocialCare.Bench;

/// <summary>Finds the labelled JSONL files: under the given folder, or ../shared/data from the repository root.</summary>
internal static class ClassifierDataFiles
{
    public static IEnumerable<string> Find(string? folder)
    {
        var root = folder ?? Path.Combine(RepositoryRoot(), "..", "shared", "data");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialCareFunctions.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
