using Azure.Messaging.ServiceBus;

namespace SocialCare.Adapters.ServiceBus;

/// <summary>
/// Sends messages in as few <see cref="ServiceBusMessageBatch"/>es as their size allows: a batch is sent when the
/// next message does not fit (the SDK measures), and a fresh one takes it. A message that fits no batch fails the
/// whole call before anything of it is lost silently.
/// </summary>
public static class ServiceBusBatches
{
    public static async Task<int> SendAsync(
        IEnumerable<ServiceBusMessage> messages,
        Func<CancellationToken, ValueTask<ServiceBusMessageBatch>> createBatch,
        Func<ServiceBusMessageBatch, CancellationToken, Task> send,
        CancellationToken cancellationToken)
    {
        var sent = 0;
        var batch = await createBatch(cancellationToken);
        try
        {
            foreach (var message in messages)
            {
                if (batch.TryAddMessage(message)) continue;
                if (batch.Count == 0) throw TooLarge(message);
                await send(batch, cancellationToken);
                sent++;
                batch.Dispose();
                batch = await createBatch(cancellationToken);
                if (!batch.TryAddMessage(message)) throw TooLarge(message);
            }
            if (batch.Count > 0)
            {
                await send(batch, cancellationToken);
                sent++;
            }
            return sent;
        }
        finally
        {
            batch.Dispose();
        }
    }

    private static ServiceBusException TooLarge(ServiceBusMessage message) =>
        new($"Message {message.MessageId} is larger than a Service Bus batch can hold.", ServiceBusFailureReason.MessageSizeExceeded);
}
