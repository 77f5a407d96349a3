namespace SocialCare.Core.Announcements;

/// <summary>
/// One row per announcement slot (channel, local date, kind) that makes each post happen once across instances:
/// the first insert wins, the winner marks it done after publishing or releases it after a failure, and a claim left
/// half-done by a crash can be taken over once its lease has run out.
/// </summary>
public interface IAnnouncementClaims
{
    /// <summary>Claims the slot at <paramref name="now"/>. <see cref="SlotClaimOutcome.Claimed"/> only for one caller at a
    /// time: a fresh insert, a released (failed) claim, or a claim older than <paramref name="lease"/> that was never
    /// marked done (then <see cref="SlotClaim.TakenOver"/> is true).</summary>
    Task<SlotClaim> TryClaimAsync(string channelId, string slot, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks the slot published; it is never claimed again.</summary>
    Task CompleteAsync(SlotClaim claim, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives the slot back after a failed publish so the next run can try again at once.</summary>
    Task ReleaseAsync(SlotClaim claim, string error, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>True when the outbox holds entry <paramref name="outboxId"/> of <paramref name="channelId"/> with status
    /// published or recorded, written at or after <paramref name="since"/>.</summary>
    Task<bool> InOutboxAsync(string channelId, string outboxId, DateTimeOffset since, CancellationToken cancellationToken);
}
