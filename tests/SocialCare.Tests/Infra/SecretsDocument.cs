namespace SocialCare.Tests.Infra;

/// <summary>infra/secrets.md: settings held in Key Vault, and settings Azure leaves unset on purpose.</summary>
internal sealed record SecretsDocument(IReadOnlyDictionary<string, string> KeyVaultSecrets, IReadOnlyList<string> NotSetInAzure)
{
    public IEnumerable<string> AllSettings => KeyVaultSecrets.Keys.Concat(NotSetInAzure);

    public static SecretsDocument Load()
    {
        var markdown = File.ReadAllText(RepositoryRoot.Combine("infra", "secrets.md"));
        var secrets = MarkdownTable.Under(markdown, "Key Vault secrets").ToDictionary(row => row[0], row => row[1]);
        var unset = MarkdownTable.Under(markdown, "Not set in Azure on purpose").Select(row => row[0]).ToList();
        return new SecretsDocument(secrets, unset);
    }
}
