using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace SocialCare.Adapters.Tables;

/// <summary>One TableClient per table, created on first use; the prefix keeps test runs apart.</summary>
public sealed class TableClients(IOptions<StorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new();
    private readonly Lazy<TableServiceClient> _service = new(() => CreateService(options.Value));

    public TableServiceClient Service => _service.Value;

    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken = default) =>
        _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n))).Value.WaitAsync(cancellationToken);

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = Service.GetTableClient(options.Value.Table(name));
        try
        {
            await client.CreateIfNotExistsAsync();
        }
        catch
        {
            _tables.TryRemove(name, out _);
            throw;
        }
        return client;
    }

    private static TableServiceClient CreateService(StorageOptions o) =>
        !string.IsNullOrEmpty(o.ConnectionString)
            ? new TableServiceClient(o.ConnectionString, o.WithRetries(new TableClientOptions()))
            : new TableServiceClient(new Uri(o.TableEndpoint ?? throw new InvalidOperationException("Storage:ConnectionString or Storage:TableEndpoint must be set.")), new DefaultAzureCredential(), o.WithRetries(new TableClientOptions()));
}
