using System.Text.Json;
using SocialCare.Tests.Infra;

namespace SocialCare.Tests.LocalParts;

/// <summary>
/// Azurite is pinned on purpose: the patch in patches/ is written against one release's compiled files. The pin in
/// package.json, the installed package and the patch's file name must name the same version, and every place that
/// starts Azurite turns its usage telemetry off.
/// </summary>
public sealed class AzuritePinTests
{
    private static string Version(string packageJson) =>
        JsonDocument.Parse(File.ReadAllText(packageJson)).RootElement.GetProperty("version").GetString()!;

    [Fact]
    public void Package_json_the_installed_azurite_and_the_patch_name_one_version()
    {
        var pinned = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("package.json")))
            .RootElement.GetProperty("devDependencies").GetProperty("azurite").GetString();
        var installed = Version(RepositoryRoot.Combine("node_modules", "azurite", "package.json"));
        var patches = Directory.GetFiles(RepositoryRoot.Combine("patches"), "azurite+*.patch").Select(Path.GetFileName).ToList();

        Assert.Matches(@"^\d+\.\d+\.\d+$", pinned);
        Assert.Equal(pinned, installed);
        Assert.Equal([$"azurite+{pinned}.patch"], patches);
    }

    [Fact]
    public void The_patch_is_applied_to_the_installed_emulator()
    {
        var store = File.ReadAllText(RepositoryRoot.Combine("node_modules", "azurite", "dist", "src", "queue", "persistence", "LokiQueueMetadataStore.js"));

        Assert.Contains("socialcare: no batch update", store, StringComparison.Ordinal);
        Assert.Contains("socialcare: indexed field first", store, StringComparison.Ordinal);
        var tables = File.ReadAllText(RepositoryRoot.Combine("node_modules", "azurite", "dist", "src", "table", "persistence", "LokiTableMetadataStore.js"));
        Assert.Contains("socialcare: point read by the narrower index", tables, StringComparison.Ordinal);
        Assert.DoesNotContain("findOne({\n            PartitionKey", tables.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_azurite_start_disables_its_telemetry()
    {
        var run = File.ReadAllText(RepositoryRoot.Combine("run"));
        var tests = File.ReadAllText(RepositoryRoot.Combine("tests", "SocialCare.LocalParts", "Azurite.cs"));

        var runStarts = System.Text.RegularExpressions.Regex.Matches(run, @"node_modules/\.bin/azurite-\w+[^\n]*\\\n[^\n]*").Select(m => m.Value).ToList();
        Assert.Equal(2, runStarts.Count);
        Assert.All(runStarts, start => Assert.Contains("--disableTelemetry", start, StringComparison.Ordinal));
        Assert.Contains("\"--disableTelemetry\"", tests, StringComparison.Ordinal);
    }
}
