using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.ServiceBus;

/// <summary>
/// Sends through the one <see cref="ServiceBusClient"/> (its connection, and its retry options, shared by every
/// queue), with one cached sender per queue. A webhook's events go out in batches, not one call each.
/// </summary>
public sealed class ServiceBusQueueSender(ServiceBusClient client) : IQueueSender, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ServiceBusSender> _senders = new(StringComparer.Ordinal);

    public Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken) =>
        Sender(queue).SendMessageAsync(ServiceBusMessages.ToServiceBus(message), cancellationToken);

    public async Task SendBatchAsync(string queue, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return;
        if (messages.Count == 1)
        {
            await SendAsync(queue, messages[0], cancellationToken);
            return;
        }
        var sender = Sender(queue);
        await ServiceBusBatches.SendAsync(
            messages.Select(ServiceBusMessages.ToServiceBus),
            ct => sender.CreateMessageBatchAsync(ct),
            (batch, ct) => sender.SendMessagesAsync(batch, ct),
            cancellationToken);
    }

    private ServiceBusSender Sender(string queue) => _senders.GetOrAdd(queue, client.CreateSender);

    public async ValueTask DisposeAsync()
    {
        foreach (var sender in _senders.Values) await sender.DisposeAsync();
    }
}
