namespace SocialCare.Tests.Infra;

/// <summary>One row of infra/roles.md.</summary>
internal sealed record RoleRow(string Role, string DefinitionId, string ScopeType, string Principal)
{
    public static IReadOnlyList<RoleRow> Load()
    {
        var markdown = File.ReadAllText(RepositoryRoot.Combine("infra", "roles.md"));
        return [.. MarkdownTable.Under(markdown, "Assignments").Select(row => new RoleRow(row[0], row[1], row[2].Split(' ')[0].Trim('`'), row[3]))];
    }
}
