using SocialCare.Core.Ports;

namespace SocialCare.Core.Notifications;

/// <summary>Sends a notification to one target at most once, however often its message is delivered.</summary>
public sealed class NotificationClaims(INotificationLog log, TimeProvider time)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <returns>True when this call sent it; false when it had been sent before.</returns>
    /// <exception cref="NotificationInFlightException">Another delivery is sending it now: fail, so the queue retries later.</exception>
    public async Task<bool> SendOnceAsync(string notificationId, string target, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        switch (await log.TryClaimAsync(notificationId, target, time.GetUtcNow(), Lease, cancellationToken))
        {
            case ClaimResult.AlreadySent:
                return false;
            case ClaimResult.HeldByAnother:
                throw new NotificationInFlightException($"{notificationId} to {target} is being sent by another delivery.");
        }
        try
        {
            await send(cancellationToken);
        }
        catch
        {
            await log.ReleaseAsync(notificationId, target, CancellationToken.None);
            throw;
        }
        await log.MarkSentAsync(notificationId, target, time.GetUtcNow(), cancellationToken);
        return true;
    }
}

public sealed class NotificationInFlightException(string message) : Exception(message);
