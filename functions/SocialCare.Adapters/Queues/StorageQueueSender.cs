using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Queues;

/// <summary>
/// Durable enqueue to a Storage queue, the local stand-in for Service Bus. Storage queues have no duplicate
/// detection (consumers dedupe by the ids in the body) and assign their own ids, but the sender refuses what
/// Service Bus would refuse, so a local run finds what would fail in Azure.
/// </summary>
public sealed class StorageQueueSender(StorageQueues queues, QueueArrivals arrivals) : IQueueSender
{
    public const int MaxMessageBytes = 48 * 1024; // 64 KiB after base64

    public async Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.Body.Length > MaxMessageBytes)
        {
            throw new ArgumentException($"Message {message.MessageId} is {message.Body.Length} bytes; a queue message holds at most {MaxMessageBytes}.", nameof(message));
        }
        if (message.MessageId.Length > QueueMessageId.MaxLength)
        {
            throw new ArgumentException($"A message id has {message.MessageId.Length} characters; Service Bus takes at most {QueueMessageId.MaxLength}.", nameof(message));
        }
        var client = await queues.GetAsync(queue, cancellationToken);
        await client.SendMessageAsync(BinaryData.FromBytes(message.Body), cancellationToken: cancellationToken);
        arrivals.Arrived(queue);
    }
}
