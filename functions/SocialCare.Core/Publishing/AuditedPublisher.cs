using SocialCare.Core.Ports;

namespace SocialCare.Core.Publishing;

/// <summary>Calls a real publisher and writes the outcome (published or failed) to the outbox as the audit log.</summary>
public sealed class AuditedPublisher(IPlatformPublisher inner, IOutbox outbox, TimeProvider time) : IPlatformPublisher
{
    public string Platform => inner.Platform;

    public bool HasCredentials(string channelId) => inner.HasCredentials(channelId);

    public async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        PublishResult result;
        try
        {
            result = await inner.PublishAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The platform could not be reached: audit the attempt, then let the caller's retry policy decide.
            var failed = PublishResult.Failed($"{ex.GetType().Name}: {ex.Message}");
            await outbox.RecordAsync(OutboxEntries.For(request, time.GetUtcNow(), OutboxStatus.Failed, failed), CancellationToken.None);
            throw;
        }
        var status = result.Succeeded ? OutboxStatus.Published : OutboxStatus.Failed;
        // Audit even when the caller has given up, so the log never misses a call that reached the platform.
        await outbox.RecordAsync(OutboxEntries.For(request, time.GetUtcNow(), status, result), CancellationToken.None);
        return result;
    }
}
