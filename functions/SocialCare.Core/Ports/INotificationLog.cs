namespace SocialCare.Core.Ports;

/// <summary>
/// Which notifications were delivered, per notification id and target. A sender claims the pair first, so two
/// deliveries of the same message never both send; a claim whose holder died expires after its lease.
/// </summary>
public interface INotificationLog
{
    Task<ClaimResult> TryClaimAsync(string notificationId, string target, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);
    Task MarkSentAsync(string notificationId, string target, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives the claim up after a failed send, so the retry may send at once.</summary>
    Task ReleaseAsync(string notificationId, string target, CancellationToken cancellationToken);
}

public enum ClaimResult
{
    Claimed,
    AlreadySent,
    HeldByAnother,
}
