using SocialCare.Core.Messages;

namespace SocialCare.Core.Ports;

/// <summary>Durable enqueue: when SendAsync returns, the message survives a crash of this process.</summary>
public interface IQueueSender
{
    Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>All or an exception: a transport that can batch sends them in as few calls as it can.</summary>
    Task SendBatchAsync(string queue, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken) =>
        Task.WhenAll(messages.Select(m => SendAsync(queue, m, cancellationToken)));
}

/// <summary>
/// A message with the id duplicate detection relies on, and its JSON body. The id is bounded to what the broker
/// accepts (<see cref="QueueMessageId"/>); the full id stays in the body, where consumers dedupe. A message with
/// <see cref="NotBefore"/> is delivered no earlier than that (a deferred retry); without it, at once.
/// </summary>
public sealed record OutgoingMessage(string MessageId, ReadOnlyMemory<byte> Body, DateTimeOffset? NotBefore = null)
{
    public string MessageId { get; } = QueueMessageId.Bounded(MessageId);
}
