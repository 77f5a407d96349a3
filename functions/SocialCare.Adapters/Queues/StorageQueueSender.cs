using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Queues;

/// <summary>
/// Durable enqueue to a Storage queue, the local stand-in for Service Bus. Storage queues have no duplicate
/// detection (consumers dedupe by the ids in the body) and assign their own ids, but the sender refuses what
/// Service Bus would refuse, so a local run finds what would fail in Azure. A message with NotBefore is sent
/// invisible until then (Service Bus's scheduled enqueue time).
/// </summary>
public sealed class StorageQueueSender(StorageQueues queues, QueueArrivals arrivals, TimeProvider time) : IQueueSender
{
    public const int MaxMessageBytes = 48 * 1024; // 64 KiB after base64

    /// <summary>Storage queues refuse a visibility timeout of 7 days or more.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1);

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
        var delay = DelayOf(message);
        await client.SendMessageAsync(BinaryData.FromBytes(message.Body), visibilityTimeout: delay > TimeSpan.Zero ? delay : null, cancellationToken: cancellationToken);
        // A delayed message is not there yet: waking the pump would only find nothing; it is polled once visible.
        if (delay <= TimeSpan.Zero) arrivals.Arrived(queue);
    }

    /// <summary>How long the message stays invisible: until NotBefore, clamped to what Storage queues accept.</summary>
    public TimeSpan DelayOf(OutgoingMessage message) => message.NotBefore is { } notBefore
        ? TimeSpan.FromTicks(Math.Clamp((notBefore - time.GetUtcNow()).Ticks, 0, MaxDelay.Ticks))
        : TimeSpan.Zero;
}
