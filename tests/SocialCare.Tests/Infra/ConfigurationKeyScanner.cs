using System.Text.RegularExpressions;

namespace SocialCare.Tests.Infra;

/// <summary>
/// Finds the configuration names C# code binds: <c>BindConfiguration("S")</c>, <c>GetSection("S")</c>,
/// <c>const string SectionName = "S"</c>, <c>configuration["A:B"]</c>, <c>configuration.GetValue&lt;T&gt;("A:B")</c>,
/// <c>GetConnectionString("X")</c> and <c>Environment.GetEnvironmentVariable("X")</c>.
/// </summary>
internal static partial class ConfigurationKeyScanner
{
    public static IEnumerable<BoundSetting> ScanTree(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .SelectMany(path => Scan(File.ReadAllText(path), System.IO.Path.GetRelativePath(RepositoryRoot.Path, path)));

    public static IEnumerable<BoundSetting> Scan(string source, string foundIn)
    {
        foreach (Match match in Section().Matches(source))
        {
            yield return new BoundSetting(match.Groups["name"].Value, IsSection: true, foundIn);
        }

        foreach (Match match in Key().Matches(source))
        {
            yield return new BoundSetting(match.Groups["name"].Value, IsSection: false, foundIn);
        }

        foreach (Match match in ConnectionString().Matches(source))
        {
            yield return new BoundSetting("ConnectionStrings:" + match.Groups["name"].Value, IsSection: false, foundIn);
        }
    }

    private static bool IsBuildOutput(string path)
    {
        var segments = path.Split(System.IO.Path.DirectorySeparatorChar);
        return segments.Contains("obj") || segments.Contains("bin");
    }

    [GeneratedRegex(""""(?:BindConfiguration|GetSection|GetRequiredSection)\(\s*"(?<name>[^"]+)"|\bSectionName\s*=\s*"(?<name>[^"]+)(?=")"""")]
    private static partial Regex Section();

    // Only receivers named like a configuration: section["Key"] and section.GetValue("Key") are relative to a section.
    [GeneratedRegex(""""\b[Cc]onfig(?:uration)?\s*(?:\[\s*"(?<name>[^"]+)"\s*\]|\.GetValue<[^>]+>\(\s*"(?<name>[^"]+)")|GetEnvironmentVariable\(\s*"(?<name>[^"]+)(?=")"""")]
    private static partial Regex Key();

    [GeneratedRegex(""""GetConnectionString\(\s*"(?<name>[^"]+)(?=")"""")]
    private static partial Regex ConnectionString();
}
