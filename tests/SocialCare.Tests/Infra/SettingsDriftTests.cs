using SocialCare.Tests.Infrastructure;
namespace SocialCare.Tests.Infra;

[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed class SettingsDriftTests(CompiledTemplateFixture fixture)
{
    // The settings the app's contract names (issue 8), so the check guards before the code that binds them lands.
    private static readonly string[] ContractSettings =
    [
        "Api:FunctionKey", "Listening:Secret", "Meta:AppSecret", "Meta:VerifyToken", "X:ConsumerSecret",
        "Telegram:SecretToken", "Telegram:BotToken", "Vk:Secret", "Vk:ConfirmationCode", "Vk:AccessToken",
        "Language:Endpoint", "Language:ApiKey", "Email:SmtpHost", "Email:SmtpPort", "Email:UseTls", "Email:User",
        "Email:Password", "Email:From", "Teams:DefaultWebhookUrl", "Links:SigningKey", "Links:BaseUrl",
        "Webhooks:MaxBodyBytes", "APPLICATIONINSIGHTS_CONNECTION_STRING", "Storage:TableEndpoint",
        "ServiceBusConnection:fullyQualifiedNamespace",
    ];

    private static readonly SecretsDocument Secrets = SecretsDocument.Load();

    [Fact]
    public void Every_setting_the_code_binds_is_set_by_the_bicep_or_documented_in_secrets_md()
    {
        var bound = ConfigurationKeyScanner.ScanTree(RepositoryRoot.Combine("functions"));

        var missing = SettingsCoverage.Missing(bound, fixture.Compiled.AppSettings.Keys, Secrets.AllSettings);

        Assert.True(missing.Count == 0,
            "Bound in code but neither an app setting in infra/main.bicep nor a row of infra/secrets.md: "
            + string.Join(", ", missing.Select(s => $"{s.Name} ({s.FoundIn})")));
    }

    [Fact]
    public void Every_setting_of_the_contract_is_set_by_the_bicep_or_documented_in_secrets_md()
    {
        var bound = ContractSettings.Select(name => new BoundSetting(name, IsSection: false, "issue 8"));

        var missing = SettingsCoverage.Missing(bound, fixture.Compiled.AppSettings.Keys, Secrets.AllSettings);

        Assert.True(missing.Count == 0, "Not provided in Azure: " + string.Join(", ", missing.Select(s => s.Name)));
    }

    [Fact]
    public void Every_documented_secret_is_a_key_vault_reference_to_that_secret()
    {
        var settings = fixture.Compiled.AppSettings;

        Assert.NotEmpty(Secrets.KeyVaultSecrets);
        Assert.All(Secrets.KeyVaultSecrets, secret =>
        {
            var appSetting = secret.Key.Replace(":", "__", StringComparison.Ordinal);
            Assert.True(settings.TryGetValue(appSetting, out var value), $"{appSetting} is not an app setting in infra/main.bicep.");
            Assert.Contains("@Microsoft.KeyVault(SecretUri=", value, StringComparison.Ordinal);
            Assert.Contains($"/{secret.Value}/", value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_key_vault_reference_in_the_bicep_is_documented_in_secrets_md()
    {
        var undocumented = fixture.Compiled.AppSettings
            .Where(s => s.Value.Contains("@Microsoft.KeyVault(", StringComparison.Ordinal))
            .Select(s => s.Key.Replace("__", ":", StringComparison.Ordinal))
            .Where(setting => !Secrets.KeyVaultSecrets.ContainsKey(setting))
            .ToList();

        Assert.True(undocumented.Count == 0, "Key Vault references missing from infra/secrets.md: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void No_app_setting_carries_a_storage_or_service_bus_key()
    {
        var withKeys = fixture.Compiled.AppSettings
            .Where(s => s.Value.Contains("AccountKey", StringComparison.Ordinal) || s.Value.Contains("SharedAccessKey", StringComparison.Ordinal))
            .Select(s => s.Key)
            .ToList();

        // Premium's Azure Files content share is the one place the host needs an account key; functionapp.bicep adds it.
        Assert.Empty(withKeys);
    }
}
