using SocialCare.Core.Ports;

namespace SocialCare.Core.Publishing;

/// <summary>Stands in for a channel without credentials: writes what it would send to the outbox, status "recorded".</summary>
public sealed class RecordingPublisher(IOutbox outbox, TimeProvider time) : IPlatformPublisher
{
    public string Platform => "recording";

    public bool HasCredentials(string channelId) => true;

    public async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var entry = OutboxEntries.For(request, time.GetUtcNow(), OutboxStatus.Recorded);
        await outbox.RecordAsync(entry, cancellationToken);
        return PublishResult.Published($"recorded:{entry.Id}", status: null);
    }
}
