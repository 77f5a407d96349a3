using System.Text.Json;
using Azure.Storage.Queues.Models;
using SocialCare.Adapters.Queues;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.DeadLetters;

/// <summary>
/// Dead letters on Storage queues (local host): &lt;queue&gt;-deadletter holds one JSON record per message. Replay sends
/// the original body back to &lt;queue&gt; and only then deletes the record, so a crash mid-replay duplicates (which
/// the consumers dedupe) rather than loses.
/// </summary>
public sealed class StorageQueueDeadLetters(StorageQueues queues) : IDeadLetters
{
    private const int Batch = 32;
    private static readonly TimeSpan ReplayLock = TimeSpan.FromSeconds(60);

    public async Task<DeadLetterQueue> ListAsync(string queue, int max, CancellationToken cancellationToken)
    {
        var letters = await queues.GetAsync(queue + QueueNames.DeadLetterSuffix, cancellationToken);
        var properties = await letters.GetPropertiesAsync(cancellationToken);
        // Peeking shows at most 32 without taking a lock; the count covers the rest.
        var peeked = (await letters.PeekMessagesAsync(Math.Clamp(max, 1, Batch), cancellationToken)).Value;
        var items = peeked.Select(p => Describe(p.MessageId, p.Body)).ToList();
        return new DeadLetterQueue(queue, Math.Max(properties.Value.ApproximateMessagesCount, items.Count), items);
    }

    public async Task<int> ReplayAsync(string queue, CancellationToken cancellationToken)
    {
        var letters = await queues.GetAsync(queue + QueueNames.DeadLetterSuffix, cancellationToken);
        var target = await queues.GetAsync(queue, cancellationToken);
        var replayed = 0;
        while (true)
        {
            QueueMessage[] batch = (await letters.ReceiveMessagesAsync(Batch, ReplayLock, cancellationToken)).Value;
            if (batch.Length == 0) return replayed;
            foreach (var message in batch)
            {
                var letter = Read(message.Body);
                await target.SendMessageAsync(BinaryData.FromString(letter?.Body ?? message.Body.ToString()), cancellationToken: cancellationToken);
                await letters.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                replayed++;
            }
        }
    }

    private static DeadLetterItem Describe(string messageId, BinaryData body) => Read(body) is { } letter
        ? new DeadLetterItem(MessageIdOf(letter.Body) ?? messageId, letter.Reason, letter.Description, letter.DeliveryCount, letter.DeadLetteredAt)
        : new DeadLetterItem(messageId, "Unreadable", "The dead-letter record is not the expected JSON.", 0, null);

    private static StoredDeadLetter? Read(BinaryData body)
    {
        try
        {
            return JsonSerializer.Deserialize(body.ToMemory().Span, StoredDeadLetterJson.Default.StoredDeadLetter);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The id our own messages carry (notificationId, messageId), for people matching letters to logs.</summary>
    private static string? MessageIdOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var name in (ReadOnlySpan<string>)["notificationId", "messageId"])
            {
                if (document.RootElement.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String) return id.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: no id to show.
        }
        return null;
    }
}
