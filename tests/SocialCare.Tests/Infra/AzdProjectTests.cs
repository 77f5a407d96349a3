using SocialCare.Tests.Infrastructure;
namespace SocialCare.Tests.Infra;

[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed class AzdProjectTests(CompiledTemplateFixture fixture)
{
    private static readonly string AzureYaml = File.ReadAllText(RepositoryRoot.Combine("azure.yaml"));

    [Fact]
    public void Azure_yaml_deploys_the_published_dist_folder_to_a_function_app()
    {
        Assert.Contains("  handler:", AzureYaml, StringComparison.Ordinal);
        Assert.Contains("host: function", AzureYaml, StringComparison.Ordinal);
        Assert.Contains("dist: dist", AzureYaml, StringComparison.Ordinal);
        Assert.Contains("run: ./run publish dist", AzureYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_app_carries_the_tag_azd_finds_the_handler_service_by()
    {
        var site = Assert.Single(fixture.Compiled.OfType("Microsoft.Web/sites"));

        var tags = site.Body["tags"]?.ToString() ?? "";

        Assert.Contains("'azd-service-name', 'handler'", tags, StringComparison.Ordinal);
    }
}
