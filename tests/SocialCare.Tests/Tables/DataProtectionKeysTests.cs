using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Tables;
using SocialCare.Functions.Workspace;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Tables;

/// <summary>
/// The Data Protection key ring in Table Storage (Azurite): what one instance protects (an antiforgery token, the
/// local sign-in) another instance of the app, with its own process and memory, unprotects, as after a scale-out or
/// a recycle; the keys are rows in the table. With <c>DataProtection:Certificate</c> those rows are encrypted:
/// unreadable without the certificate, still readable after a rotation through <c>DataProtection:PreviousCertificate</c>,
/// and never written unencrypted when the setting holds something else.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class DataProtectionKeysTests
{
    [Fact]
    public async Task What_one_instance_protects_another_instance_reads_through_the_keys_in_the_table()
    {
        var storage = await NewStorageAsync();
        using var first = Instance(storage);
        using var second = Instance(storage);

        var token = first.GetDataProtector("antiforgery").Protect("agent-7 form");

        Assert.Equal("agent-7 form", second.GetDataProtector("antiforgery").Unprotect(token));
        var rows = (await new TableClients(Options.Create(storage)).GetAsync(TableDataProtectionKeys.Table)).Query<Azure.Data.Tables.TableEntity>().ToList();
        var row = Assert.Single(rows);
        Assert.StartsWith("<key ", row.GetString("Xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_another_instance_made_after_this_one_read_the_ring_is_found_in_the_table()
    {
        var storage = await NewStorageAsync();
        using var first = Instance(storage);
        using var second = Instance(storage);
        second.GetDataProtector("antiforgery").Protect("warm"); // the second instance's ring is read and cached now

        // Two instances starting at once can each make a key; here the first makes one the second has not read.
        var key = first.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>()
            .CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        var token = first.GetDataProtector("antiforgery").Protect("agent-7 form");

        // A protected payload is a 4-byte magic header, then the id of the key that protected it.
        Assert.Equal(key.KeyId, new Guid(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token).AsSpan(4, 16)));
        Assert.Equal("agent-7 form", second.GetDataProtector("antiforgery").Unprotect(token));
        Assert.Contains(key.KeyId, second.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>().GetAllKeys().Select(k => k.KeyId));
    }

    [Fact]
    public async Task An_instance_with_its_own_table_cannot_read_what_another_protected()
    {
        using var first = Instance(await NewStorageAsync());
        using var other = Instance(await NewStorageAsync());

        var token = first.GetDataProtector("antiforgery").Protect("agent-7 form");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => other.GetDataProtector("antiforgery").Unprotect(token));
    }

    private static readonly string Current = NewCertificate("current");
    private static readonly string Older = NewCertificate("older");

    [Fact]
    public async Task Keys_are_encrypted_in_the_table_and_every_instance_with_the_certificate_reads_them()
    {
        var storage = await NewStorageAsync();
        using var first = Instance(storage, Current);
        using var second = Instance(storage, Current);

        var token = first.GetDataProtector("antiforgery").Protect("agent-7 form");

        Assert.Equal("agent-7 form", second.GetDataProtector("antiforgery").Unprotect(token));
        var xml = Assert.Single(await RowsAsync(storage));
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_certificate_the_keys_in_the_table_are_of_no_use()
    {
        var storage = await NewStorageAsync();
        using var owner = Instance(storage, Current);
        var token = owner.GetDataProtector("antiforgery").Protect("agent-7 form");

        using var reader = Instance(storage, certificate: null);
        using var otherCertificate = Instance(storage, Older);

        Assert.ThrowsAny<CryptographicException>(() => reader.GetDataProtector("antiforgery").Unprotect(token));
        Assert.ThrowsAny<CryptographicException>(() => otherCertificate.GetDataProtector("antiforgery").Unprotect(token));
    }

    [Fact]
    public async Task After_a_rotation_keys_of_the_previous_certificate_stay_readable_and_new_keys_use_the_new_one()
    {
        var storage = await NewStorageAsync();
        using var before = Instance(storage, Older);
        var oldToken = before.GetDataProtector("antiforgery").Protect("before the rotation");

        using var rotated = Instance(storage, Current, previous: Older);
        rotated.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        var newToken = rotated.GetDataProtector("antiforgery").Protect("after the rotation");
        using var onlyNew = Instance(storage, Current);

        Assert.Equal("before the rotation", rotated.GetDataProtector("antiforgery").Unprotect(oldToken));
        Assert.Equal("after the rotation", onlyNew.GetDataProtector("antiforgery").Unprotect(newToken));
    }

    [Fact]
    public async Task A_setting_that_is_not_a_certificate_writes_no_key_and_says_which_setting_without_its_value()
    {
        var storage = await NewStorageAsync();
        const string Unresolved = "@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/DataProtection-Certificate/)";
        using var instance = Instance(storage, Unresolved);

        var refused = Assert.ThrowsAny<Exception>(() => instance.GetDataProtector("antiforgery").Protect("agent-7 form"));

        var message = string.Join(" | ", Messages(refused));
        Assert.Contains("DataProtection:Certificate", message, StringComparison.Ordinal);
        Assert.DoesNotContain("kv-x.vault", message, StringComparison.Ordinal);
        Assert.Empty(await RowsAsync(storage));
    }

    [Fact]
    public async Task A_previous_certificate_that_is_not_one_is_said_and_the_current_one_still_works()
    {
        var storage = await NewStorageAsync();
        var logs = new CapturedLogs();
        using var instance = Instance(storage, Current, previous: "not a certificate", logs);

        var token = instance.GetDataProtector("antiforgery").Protect("agent-7 form");

        Assert.Equal("agent-7 form", instance.GetDataProtector("antiforgery").Unprotect(token));
        var warning = Assert.Single(logs.Lines, l => l.Contains("DataProtection:PreviousCertificate", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("not a certificate", warning, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Messages(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e.Message;
    }

    private static string NewCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=socialcare-dataprotection-{name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    }

    // Tables of their own in the shared emulator.
    private static async Task<StorageOptions> NewStorageAsync() =>
        new() { ConnectionString = (await Azurite.SharedAsync()).ConnectionString, NamePrefix = "dp" + Guid.NewGuid().ToString("N")[..8] };

    // The registration the app makes (WorkspaceServiceCollectionExtensions), in a container of its own: one instance.
    private static async Task<List<string>> RowsAsync(StorageOptions storage) =>
        [.. (await new TableClients(Options.Create(storage)).GetAsync(TableDataProtectionKeys.Table)).Query<Azure.Data.Tables.TableEntity>().Select(r => r.GetString("Xml"))];

    private static ServiceProvider Instance(StorageOptions storage, string? certificate = null, string? previous = null, CapturedLogs? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataProtection:Certificate"] = certificate,
            ["DataProtection:PreviousCertificate"] = previous,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => { if (logs is not null) b.AddProvider(logs); });
        services.AddSingleton(Options.Create(storage));
        services.AddSingleton<TableClients>();
        services.AddDataProtection().SetApplicationName("socialcare").PersistKeysToTable().ProtectKeysWithConfiguredCertificate(configuration);
        return services.BuildServiceProvider();
    }
}
