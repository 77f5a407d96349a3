using SocialCare.Core.Claims;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Notifications;

/// <summary>
/// Sends a notification to one target at most once, however often its message is delivered. The claim's lease
/// (<see cref="ClaimLease"/>) outlives the invocation that holds it, so no second sender starts while the first may
/// still be sending with all its retries.
/// </summary>
public sealed class NotificationClaims(INotificationLog log, ClaimLease lease, TimeProvider time)
{
    /// <returns>True when this call sent it; false when it had been sent before.</returns>
    /// <exception cref="NotificationInFlightException">Another delivery holds the claim: try again after its lease.</exception>
    public async Task<bool> SendOnceAsync(string notificationId, string target, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var claim = await log.TryClaimAsync(notificationId, target, time.GetUtcNow(), lease.Length, cancellationToken);
        switch (claim.Result)
        {
            case ClaimResult.AlreadySent:
                return false;
            case ClaimResult.HeldByAnother:
                throw new NotificationInFlightException($"{notificationId} to {target}", claim.HeldUntil ?? time.GetUtcNow() + lease.Length);
        }
        try
        {
            await send(cancellationToken);
        }
        catch
        {
            await log.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
        // Sent: recorded even when the invocation is being cancelled, or a retry would send again.
        await log.MarkSentAsync(claim, time.GetUtcNow(), CancellationToken.None);
        return true;
    }
}

public sealed class NotificationInFlightException(string key, DateTimeOffset heldUntil)
    : ClaimHeldException(key, heldUntil, $"{key} is being sent by another delivery.");
