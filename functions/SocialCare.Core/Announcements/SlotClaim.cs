namespace SocialCare.Core.Announcements;

/// <summary>
/// The answer to a claim. <see cref="Version"/> is the store's concurrency token for the row (an ETag), so only the
/// holder can complete or release it. <see cref="TakenOver"/>: an earlier claim was never completed (a crash, or a
/// failed publish), so the post may already have gone out and the outbox must be checked first.
/// <see cref="FirstClaimAt"/> is when the slot was first claimed: no attempt at it can be older.
/// </summary>
public sealed record SlotClaim(
    string ChannelId,
    string Slot,
    SlotClaimOutcome Outcome,
    string? Version = null,
    bool TakenOver = false,
    DateTimeOffset? FirstClaimAt = null,
    int Attempt = 1);
