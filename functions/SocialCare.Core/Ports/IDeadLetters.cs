namespace SocialCare.Core.Ports;

/// <summary>Messages a queue gave up on, per queue, and putting them back.</summary>
public interface IDeadLetters
{
    Task<DeadLetterQueue> ListAsync(string queue, int max, CancellationToken cancellationToken);

    /// <summary>Sends each dead letter back to its queue with its body unchanged, then removes it. Returns how many.</summary>
    Task<int> ReplayAsync(string queue, CancellationToken cancellationToken);
}

public sealed record DeadLetterQueue(string Queue, int Count, IReadOnlyList<DeadLetterItem> Items);

public sealed record DeadLetterItem(string? MessageId, string Reason, string Description, long DeliveryCount, DateTimeOffset? DeadLetteredAt);
