namespace SocialCare.Tests.Infra;

/// <summary>The clone the tests run from: the folder holding SocialCareFunctions.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SocialCareFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SocialCareFunctions.sln above {AppContext.BaseDirectory}.");
    }
}
