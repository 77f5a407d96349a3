using SocialCare.Core.Ports;

namespace SocialCare.Core.Publishing;

/// <summary>
/// Stands in for a channel without credentials: writes what it would send to the outbox, status "recorded", marked
/// "not sent: channel not connected", and answers that it sent nothing (a reply so recorded is not a response).
/// </summary>
public sealed class RecordingPublisher(IOutbox outbox, TimeProvider time) : IPlatformPublisher
{
    public string Platform => "recording";

    public bool HasCredentials(string channelId) => true;

    public async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var entry = OutboxEntries.For(request, time.GetUtcNow(), OutboxStatus.Recorded) with { Error = PublishResult.NotConnectedReason };
        await outbox.RecordAsync(entry, cancellationToken);
        return PublishResult.NotConnected();
    }
}
