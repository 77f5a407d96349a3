using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Queues;

/// <summary>Durable enqueue to a Storage queue. Storage queues have no duplicate detection: consumers dedupe by the ids in the body.</summary>
public sealed class StorageQueueSender(StorageQueues queues, QueueArrivals arrivals) : IQueueSender
{
    public const int MaxMessageBytes = 48 * 1024; // 64 KiB after base64

    public async Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.Body.Length > MaxMessageBytes)
        {
            throw new ArgumentException($"Message {message.MessageId} is {message.Body.Length} bytes; a queue message holds at most {MaxMessageBytes}.", nameof(message));
        }
        var client = await queues.GetAsync(queue, cancellationToken);
        await client.SendMessageAsync(BinaryData.FromBytes(message.Body), cancellationToken: cancellationToken);
        arrivals.Arrived(queue);
    }
}
