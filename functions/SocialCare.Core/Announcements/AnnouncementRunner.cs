using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Core.Announcements;

/// <summary>
/// One run of the announcement timer: every due opening and closing post of every stored schedule, each claimed
/// before it is published so it goes out once however many runs overlap. A failed publish releases the slot, so the
/// next run (a minute later) tries again while the post is within its lateness window.
/// </summary>
public sealed class AnnouncementRunner(
    IScheduleStore schedules,
    IAnnouncementClaims claims,
    ChannelPublishers publishers,
    TimeProvider time,
    AnnouncementSettings settings)
{
    public async Task<IReadOnlyList<AnnouncementAttempt>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var attempts = new List<AnnouncementAttempt>();
        foreach (var (channelId, schedule) in await schedules.ListAsync(cancellationToken))
        {
            foreach (var post in AnnouncementPlanner.Due(schedule, now, settings.Lateness))
            {
                attempts.Add(await AnnounceAsync(channelId, post, now, cancellationToken));
            }
        }
        return attempts;
    }

    private async Task<AnnouncementAttempt> AnnounceAsync(string channelId, PlannedAnnouncement post, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = await claims.TryClaimAsync(channelId, post.Slot, now, settings.Lease, cancellationToken);
        if (claim.Outcome != SlotClaimOutcome.Claimed) return new(channelId, post.Slot, AnnouncementOutcome.Skipped);

        var outboxId = AnnouncementOutboxId.For(post.SlotKey(channelId));
        // An earlier holder may have published and died before marking the slot done: its outbox entry tells.
        // The margin covers clock skew between instances.
        var since = (claim.FirstClaimAt ?? now) - settings.Lease;
        if (claim.TakenOver && await claims.InOutboxAsync(channelId, outboxId, since, cancellationToken))
        {
            await claims.CompleteAsync(claim, now, cancellationToken);
            return new(channelId, post.Slot, AnnouncementOutcome.AlreadyPublished, Kind: post.Kind, At: post.At);
        }

        var result = await PublishAsync(new PublishRequest(channelId, PublishAction.Post, post.Text, Announcement: post.KindName, OutboxId: outboxId), cancellationToken);
        // A channel that is not connected records the post: done for this slot, as a retry would only record it again.
        if (result.Succeeded || result.Recorded)
        {
            await claims.CompleteAsync(claim, time.GetUtcNow(), cancellationToken);
            return new(channelId, post.Slot, AnnouncementOutcome.Published, Kind: post.Kind, At: post.At);
        }
        var error = result.Error ?? $"the platform refused the post (status {result.PlatformStatus})";
        await claims.ReleaseAsync(claim, error, time.GetUtcNow(), cancellationToken);
        return new(channelId, post.Slot, AnnouncementOutcome.Failed, error);
    }

    private async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await publishers.PublishAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unreachable platform: the audited publisher has logged the attempt; this slot is retried next run.
            return PublishResult.Failed($"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
