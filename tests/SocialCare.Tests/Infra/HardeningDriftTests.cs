using SocialCare.Tests.Infrastructure;
namespace SocialCare.Tests.Infra;

/// <summary>Key Vault, Application Insights and the Function App keep the settings that close them to keys and the internet.</summary>
[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed class HardeningDriftTests(CompiledTemplateFixture fixture)
{
    private ArmResource Vault => Assert.Single(fixture.Compiled.OfType("Microsoft.KeyVault/vaults"));

    private ArmResource Site => Assert.Single(fixture.Compiled.OfType("Microsoft.Web/sites"));

    [Fact]
    public void Key_vault_has_purge_protection_and_rbac_authorization()
    {
        Assert.Equal("true", Vault.Property("enablePurgeProtection"), ignoreCase: true);
        Assert.Equal("true", Vault.Property("enableRbacAuthorization"), ignoreCase: true);
    }

    [Fact]
    public void Key_vault_refuses_public_network_access()
    {
        Assert.Equal("Disabled", Vault.Property("publicNetworkAccess"));
        Assert.Equal("Deny", Vault.Body["properties"]?["networkAcls"]?["defaultAction"]?.ToString());
    }

    [Fact]
    public void The_app_reaches_key_vault_through_a_private_endpoint_in_its_own_virtual_network()
    {
        var endpoint = Assert.Single(fixture.Compiled.OfType("Microsoft.Network/privateEndpoints"));
        var connection = endpoint.Body["properties"]?["privateLinkServiceConnections"]?[0]?["properties"];
        var zone = Assert.Single(fixture.Compiled.OfType("Microsoft.Network/privateDnsZones"));

        Assert.Contains("Microsoft.KeyVault/vaults", connection?["privateLinkServiceId"]?.ToString(), StringComparison.Ordinal);
        Assert.Equal("[\"vault\"]", connection?["groupIds"]?.ToJsonString());
        Assert.Single(fixture.Compiled.OfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups"));
        Assert.Contains("privatelink.vaultcore.", zone.DeclaringTemplate["variables"]?["keyVaultPrivateDnsZone"]?.ToString(), StringComparison.Ordinal);
        Assert.Single(fixture.Compiled.OfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks"));
        Assert.Contains("appSubnetId", Site.Property("virtualNetworkSubnetId"), StringComparison.Ordinal);
    }

    [Fact]
    public void Application_insights_takes_entra_tokens_only_and_the_app_sends_with_its_identity()
    {
        var insights = Assert.Single(fixture.Compiled.OfType("Microsoft.Insights/components"));

        Assert.Equal("true", insights.Property("DisableLocalAuth"), ignoreCase: true);
        Assert.True(fixture.Compiled.AppSettings.TryGetValue("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", out var authentication));
        Assert.StartsWith("[format('Authorization=AAD;ClientId={0}'", authentication, StringComparison.Ordinal);
    }

    [Fact]
    public void Scm_and_ftp_basic_publishing_credentials_are_off()
    {
        var policies = fixture.Compiled.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(["ftp", "scm"], policies.Select(p => p.Name.Split('\'')[^2]).Order(StringComparer.Ordinal));
        Assert.All(policies, p => Assert.Equal("false", p.Property("allow"), ignoreCase: true));
        Assert.Equal("Disabled", Site.Body["properties"]?["siteConfig"]?["ftpsState"]?.ToString());
    }
}
