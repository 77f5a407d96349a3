using SocialCare.Tests.Infrastructure;
using System.Text.RegularExpressions;

namespace SocialCare.Tests.Infra;

[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed partial class TableDriftTests(CompiledTemplateFixture fixture)
{
    // The tables the app's contract names (issue 8); the code adds to this list as it arrives (below).
    private static readonly string[] ContractTables =
    [
        "conversations", "conversationkeys", "outbox", "teams", "agents", "routing",
        "schedules", "announcements", "notifications", "crisis", "moderation", "settings",
    ];

    private IReadOnlySet<string> BicepTables => fixture.Compiled.ChildNames("Microsoft.Storage/storageAccounts/tableServices/tables");

    [Fact]
    public void Every_table_of_the_contract_is_created_by_the_bicep()
    {
        var missing = ContractTables.Where(table => !BicepTables.Contains(table)).ToList();

        Assert.True(missing.Count == 0, $"Tables missing from infra/modules/storage.bicep: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_table_name_literal_in_the_code_is_created_by_the_bicep()
    {
        var missing = Directory.EnumerateFiles(RepositoryRoot.Combine("functions"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(path => TableNamesIn(File.ReadAllText(path), Path.GetFileName(path)))
            .Where(table => !BicepTables.Contains(table))
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, $"Tables used in code but missing from infra/modules/storage.bicep: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Table_names_are_found_in_a_table_names_class_and_in_table_client_calls()
    {
        const string tableNames = """
            public static class TableNames { public const string Conversations = "conversations"; public const string Audit = "audit"; }
            """;
        const string store = """var client = service.GetTableClient("ledger");""";

        Assert.Equal(["conversations", "audit"], TableNamesIn(tableNames, "TableNames.cs"));
        Assert.Equal(["ledger"], TableNamesIn(store, "LedgerStore.cs"));
    }

    private static IEnumerable<string> TableNamesIn(string source, string fileName)
    {
        var pattern = fileName.Contains("TableNames", StringComparison.Ordinal) ? ConstantString() : TableClientCall();
        return pattern.Matches(source).Select(m => m.Groups["name"].Value);
    }

    [GeneratedRegex(""""const\s+string\s+\w+\s*=\s*"(?<name>[^"]+)(?=")"""")]
    private static partial Regex ConstantString();

    [GeneratedRegex(""""(?:GetTableClient|CreateTableIfNotExists(?:Async)?|new\s+TableClient\([^;]*?)\(?\s*"(?<name>[A-Za-z][A-Za-z0-9]{2,62})(?=")"""")]
    private static partial Regex TableClientCall();
}
