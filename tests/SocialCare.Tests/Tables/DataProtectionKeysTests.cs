using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Tables;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Tables;

/// <summary>
/// The Data Protection key ring in Table Storage (Azurite): what one instance protects (an antiforgery token, the
/// local sign-in) another instance of the app, with its own process and memory, unprotects, as after a scale-out or
/// a recycle; the keys are rows in the table.
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

    // Tables of their own in the shared emulator.
    private static async Task<StorageOptions> NewStorageAsync() =>
        new() { ConnectionString = (await Azurite.SharedAsync()).ConnectionString, NamePrefix = "dp" + Guid.NewGuid().ToString("N")[..8] };

    // The registration the app makes, in a container of its own: one instance of the app.
    private static ServiceProvider Instance(StorageOptions storage)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(storage));
        services.AddSingleton<TableClients>();
        services.AddDataProtection().SetApplicationName("socialcare").PersistKeysToTable();
        return services.BuildServiceProvider();
    }
}
