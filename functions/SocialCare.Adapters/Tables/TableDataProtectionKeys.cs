using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// ASP.NET Core Data Protection's key ring in the <c>dataprotection</c> table: one row per key (partition
/// <c>keys</c>, row = the key's friendly name, column <c>Xml</c>). Every instance of the app reads the same keys, so an
/// antiforgery token issued by one instance is accepted by another and by the next one after a scale to zero; with
/// keys on each instance's own disk (the default) a form left open across a scale-out or a recycle fails with 400.
/// Data Protection calls this synchronously, under its own lock, when the ring is first needed and when it refreshes
/// it (daily). Registered with <see cref="DataProtectionKeysInTable.PersistKeysToTable"/>.
/// </summary>
public sealed class TableDataProtectionKeys(TableClients tables) : IXmlRepository
{
    public const string Table = "dataprotection";
    private const string Partition = "keys";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var table = Client();
        return [.. table.Query<TableEntity>(e => e.PartitionKey == Partition).Select(e => XElement.Parse(e.GetString("Xml")))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        // A key is written once and never changed (revocations are new elements), so an upsert by name is enough.
        var row = new TableEntity(Partition, string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName)
        {
            ["Xml"] = element.ToString(SaveOptions.DisableFormatting),
        };
        Client().UpsertEntity(row, TableUpdateMode.Replace);
    }

    // Data Protection's repository interface is synchronous; the table is created once per process.
    private TableClient Client() => Task.Run(() => tables.GetAsync(Table)).GetAwaiter().GetResult();
}

public static class DataProtectionKeysInTable
{
    /// <summary>Keeps the key ring in the <c>dataprotection</c> table (<see cref="TableDataProtectionKeys"/>), beside the
    /// framework's <c>PersistKeysToFileSystem</c> and its kind.</summary>
    public static IDataProtectionBuilder PersistKeysToTable(this IDataProtectionBuilder builder)
    {
        builder.Services.AddSingleton<TableDataProtectionKeys>();
        builder.Services.AddOptions<KeyManagementOptions>().Configure<TableDataProtectionKeys>((o, keys) => o.XmlRepository = keys);
        return builder;
    }
}
