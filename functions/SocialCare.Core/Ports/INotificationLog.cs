namespace SocialCare.Core.Ports;

/// <summary>
/// Which notifications were delivered, per notification id and target. A sender claims the pair first, so two
/// deliveries of the same message never both send; a claim whose holder died expires after its lease. Marking and
/// releasing are conditional on the claim's version, so a holder that lost its claim never changes the next one's.
/// </summary>
public interface INotificationLog
{
    Task<NotificationClaim> TryClaimAsync(string notificationId, string target, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <returns>False when the claim was no longer this holder's: the row is left as the new holder has it.</returns>
    Task<bool> MarkSentAsync(NotificationClaim claim, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives the claim up after a failed send, so the retry may send at once; leaves another holder's claim alone.</summary>
    Task<bool> ReleaseAsync(NotificationClaim claim, CancellationToken cancellationToken);
}

/// <summary>
/// A claim's outcome; <see cref="Version"/> (when claimed) is what marking and releasing are conditional on, and
/// <see cref="HeldUntil"/> (when held by another) is the holder's lease end, when known.
/// </summary>
public sealed record NotificationClaim(string NotificationId, string Target, ClaimResult Result, string? Version = null, DateTimeOffset? HeldUntil = null);

public enum ClaimResult
{
    Claimed,
    AlreadySent,
    HeldByAnother,
}
