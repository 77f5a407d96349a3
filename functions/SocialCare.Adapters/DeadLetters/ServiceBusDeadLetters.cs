using Azure.Messaging.ServiceBus;
using SocialCare.Adapters.ServiceBus;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.DeadLetters;

/// <summary>
/// Dead letters in Azure: the Service Bus sub-queue &lt;queue&gt;/$deadletterqueue. Listing peeks (no lock, so
/// delivery counts stay as they are). Replay receives each letter with a lock, sends it to the queue (under a new
/// MessageId: the original would be dropped by duplicate detection) and only then completes it, so a crash
/// mid-replay duplicates (which the consumers dedupe) rather than loses.
/// </summary>
public sealed class ServiceBusDeadLetters(ServiceBusClient client) : IDeadLetters
{
    private const int Batch = 32;
    private static readonly TimeSpan EmptyWait = TimeSpan.FromSeconds(1);

    public async Task<DeadLetterQueue> ListAsync(string queue, int max, CancellationToken cancellationToken)
    {
        await using var receiver = client.CreateReceiver(queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        var peeked = await receiver.PeekMessagesAsync(Math.Max(max, 1), cancellationToken: cancellationToken);
        return new DeadLetterQueue(queue, peeked.Count, [.. peeked.Select(ServiceBusMessages.ToDeadLetterItem)]);
    }

    public async Task<int> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        await using var receiver = client.CreateReceiver(queue, new ServiceBusReceiverOptions
        {
            SubQueue = SubQueue.DeadLetter,
            ReceiveMode = ServiceBusReceiveMode.PeekLock,
        });
        await using var sender = client.CreateSender(queue);
        var replayed = 0;
        while (true)
        {
            var letters = await receiver.ReceiveMessagesAsync(Batch, EmptyWait, cancellationToken);
            if (letters.Count == 0) return replayed;
            foreach (var letter in letters)
            {
                await sender.SendMessageAsync(ServiceBusMessages.ToReplay(letter), cancellationToken);
                await receiver.CompleteMessageAsync(letter, cancellationToken);
                replayed++;
            }
        }
    }
}
