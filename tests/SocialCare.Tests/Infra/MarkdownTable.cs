namespace SocialCare.Tests.Infra;

/// <summary>Reads the first pipe table under a "## heading" of a Markdown file; cells lose their backticks.</summary>
internal static class MarkdownTable
{
    public static IReadOnlyList<string[]> Under(string markdown, string heading)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == "## " + heading);
        if (start < 0)
        {
            throw new InvalidDataException($"No '## {heading}' heading.");
        }

        return [.. lines.Skip(start + 1)
            .SkipWhile(l => !l.TrimStart().StartsWith('|'))
            .TakeWhile(l => l.TrimStart().StartsWith('|'))
            .Skip(2) // header and separator
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray())];
    }
}
