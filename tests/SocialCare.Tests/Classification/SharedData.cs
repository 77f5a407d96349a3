namespace SocialCare.Tests.Classification;

/// <summary>shared/data beside the repository (or above it), where the development halves of the labelled sets live.</summary>
internal static class SharedData
{
    public static string? Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
