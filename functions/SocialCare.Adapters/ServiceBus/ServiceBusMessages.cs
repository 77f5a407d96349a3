using Azure.Messaging.ServiceBus;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.ServiceBus;

/// <summary>Our messages to the SDK's and back: pure mappings, so they are tested without a broker.</summary>
public static class ServiceBusMessages
{
    public const string JsonContentType = "application/json";

    /// <summary>
    /// The MessageId is ours (bounded to 128 characters), so the queue's duplicate detection drops platform retries.
    /// NotBefore becomes the scheduled enqueue time: the broker holds the message, invisible, until then.
    /// </summary>
    public static ServiceBusMessage ToServiceBus(OutgoingMessage message)
    {
        var sdk = new ServiceBusMessage(message.Body)
        {
            MessageId = message.MessageId,
            ContentType = JsonContentType,
        };
        if (message.NotBefore is { } notBefore) sdk.ScheduledEnqueueTime = notBefore;
        return sdk;
    }

    public static DeadLetterItem ToDeadLetterItem(ServiceBusReceivedMessage letter) => new(
        letter.MessageId,
        letter.DeadLetterReason ?? "unknown",
        letter.DeadLetterErrorDescription ?? "",
        letter.DeliveryCount,
        letter.EnqueuedTime == default ? null : letter.EnqueuedTime);

    /// <summary>
    /// The letter's body and properties under a new MessageId: the original one would be dropped by duplicate
    /// detection. Consumers dedupe by the ids in the body, so a replay never doubles a conversation message.
    /// </summary>
    public static ServiceBusMessage ToReplay(ServiceBusReceivedMessage letter)
    {
        var replay = new ServiceBusMessage(letter.Body)
        {
            MessageId = QueueMessageId.Bounded($"{letter.MessageId}:replay:{letter.SequenceNumber}"),
            ContentType = letter.ContentType,
            CorrelationId = letter.CorrelationId,
            Subject = letter.Subject,
        };
        foreach (var (key, value) in letter.ApplicationProperties)
        {
            if (key is not (DeadLetterReasonProperty or DeadLetterDescriptionProperty)) replay.ApplicationProperties[key] = value;
        }
        return replay;
    }

    private const string DeadLetterReasonProperty = "DeadLetterReason";
    private const string DeadLetterDescriptionProperty = "DeadLetterErrorDescription";
}
