namespace SocialCare.Bench;

internal static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialCareFunctions.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SocialCareFunctions.sln not found above the bench binaries.");
    }
}
