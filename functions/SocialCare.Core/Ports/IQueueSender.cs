namespace SocialCare.Core.Ports;

/// <summary>Durable enqueue: when SendAsync returns, the message survives a crash of this process.</summary>
public interface IQueueSender
{
    Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>A message with the id duplicate detection relies on, and its JSON body.</summary>
public sealed record OutgoingMessage(string MessageId, ReadOnlyMemory<byte> Body);
