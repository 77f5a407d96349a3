namespace SocialCare.LocalParts;

/// <summary>The repository root: the folder above the running binaries that holds SocialCareFunctions.sln.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SocialCareFunctions.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SocialCareFunctions.sln not found above the running binaries.");
    }
}
