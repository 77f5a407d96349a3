namespace SocialCare.Tests.Infrastructure;

internal static class RepoPaths
{
    public static string Root => RepoRoot.Path;

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
