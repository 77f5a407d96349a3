using System.Collections.Concurrent;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Tables;

namespace SocialCare.Adapters.Queues;

/// <summary>Storage queue clients by logical name: the local stand-in for Service Bus queues (on Azurite).</summary>
public sealed class StorageQueues(IOptions<StorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> _queues = new();
    private readonly Lazy<QueueServiceClient> _service = new(() => CreateService(options.Value));

    public QueueServiceClient Service => _service.Value;

    public Task<QueueClient> GetAsync(string name, CancellationToken cancellationToken = default) =>
        _queues.GetOrAdd(name, n => new Lazy<Task<QueueClient>>(() => CreateAsync(n))).Value.WaitAsync(cancellationToken);

    private async Task<QueueClient> CreateAsync(string name)
    {
        var client = Service.GetQueueClient(options.Value.Queue(name));
        try
        {
            await client.CreateIfNotExistsAsync();
        }
        catch
        {
            _queues.TryRemove(name, out _);
            throw;
        }
        return client;
    }

    private static QueueServiceClient CreateService(StorageOptions o)
    {
        // Base64 keeps any JSON (quotes, '<', non-ASCII) valid inside the queue's XML envelope.
        var clientOptions = o.WithRetries(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        return !string.IsNullOrEmpty(o.ConnectionString)
            ? new QueueServiceClient(o.ConnectionString, clientOptions)
            : new QueueServiceClient(new Uri(o.QueueEndpoint ?? throw new InvalidOperationException("Storage:ConnectionString or Storage:QueueEndpoint must be set.")), new DefaultAzureCredential(), clientOptions);
    }
}
