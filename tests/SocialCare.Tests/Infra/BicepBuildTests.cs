using SocialCare.Tests.Infrastructure;
namespace SocialCare.Tests.Infra;

[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed class BicepBuildTests(CompiledTemplateFixture fixture)
{
    /// <remarks>
    /// <c>bicep build</c> runs the same linter rules as <c>bicep lint</c> (infra/bicepconfig.json) and prints their
    /// findings, so an empty error stream is "lints clean" too, without a second run of the CLI.
    /// </remarks>
    [Fact]
    public void Main_bicep_builds_and_lints_without_a_single_diagnostic()
    {
        Assert.True(fixture.Build.ExitCode == 0, fixture.Build.Diagnostics);
        Assert.Equal("", fixture.Build.StandardError.Trim());
    }

    [Fact]
    public void Parameters_file_names_only_parameters_that_main_bicep_declares()
    {
        var declared = fixture.Compiled.Root["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var file = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "main.parameters.json")))!;

        var unknown = file["parameters"]!.AsObject().Select(p => p.Key).Where(name => !declared.Contains(name)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Outputs_give_azd_the_function_app_and_resource_group()
    {
        var outputs = fixture.Compiled.Root["outputs"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("AZURE_FUNCTION_APP_NAME", outputs);
        Assert.Contains("AZURE_RESOURCE_GROUP", outputs);
        Assert.Contains("AZURE_KEY_VAULT_NAME", outputs);
    }
}
