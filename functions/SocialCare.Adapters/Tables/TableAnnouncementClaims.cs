using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Announcements;
using SocialCare.Core.Messages;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Announcement slots in the announcements table: partition = the channel (digested), row = the slot
/// ("2027-12-24:opening"), with State claimed | done | failed. Inserting is the claim (409 = taken); taking over a
/// failed or expired claim is a conditional update on its ETag, so of two instances that both see it stale only one wins.
/// </summary>
public sealed class TableAnnouncementClaims(TableClients tables) : IAnnouncementClaims
{
    public const string Claimed = "claimed";
    public const string Done = "done";
    public const string Failed = "failed";

    public async Task<SlotClaim> TryClaimAsync(string channelId, string slot, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Announcements, cancellationToken);
        var fresh = new TableEntity(TableKeys.Safe(channelId), slot)
        {
            ["ChannelId"] = channelId,
            ["State"] = Claimed,
            ["FirstClaimAt"] = now,
            ["ClaimedAt"] = now,
            ["Attempts"] = 1,
        };
        try
        {
            var added = await table.AddEntityAsync(fresh, cancellationToken);
            return new SlotClaim(channelId, slot, SlotClaimOutcome.Claimed, added.Headers.ETag?.ToString(), FirstClaimAt: now);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await TakeOverAsync(table, channelId, slot, now, lease, cancellationToken);
        }
    }

    public async Task CompleteAsync(SlotClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Announcements, cancellationToken);
        // Unconditional: the post is out, whoever else may have touched the row since must not post it again.
        var done = new TableEntity(TableKeys.Safe(claim.ChannelId), claim.Slot) { ["State"] = Done, ["DoneAt"] = now, ["Error"] = "" };
        await table.UpdateEntityAsync(done, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task ReleaseAsync(SlotClaim claim, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Announcements, cancellationToken);
        var failed = new TableEntity(TableKeys.Safe(claim.ChannelId), claim.Slot) { ["State"] = Failed, ["FailedAt"] = now, ["Error"] = Shorten(error) };
        try
        {
            await table.UpdateEntityAsync(failed, claim.Version is { } v ? new ETag(v) : ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Another instance took the slot over meanwhile: it decides now.
        }
    }

    public async Task<bool> InOutboxAsync(string channelId, string outboxId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        // TableOutbox keys rows "{MaxTicks - At:D19}-{id}", newest first: every row written since `since` sorts below this bound.
        var bound = $"{DateTimeOffset.MaxValue.UtcTicks - since.UtcTicks:D19}.";
        var filter = $"PartitionKey eq '{TableKeys.Safe(channelId)}' and RowKey lt '{bound}' and (Status eq '{OutboxStatus.Published}' or Status eq '{OutboxStatus.Recorded}')";
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (JsonEntity.Read(entity, CoreJson.Default.OutboxEntry).Id == outboxId) return true;
        }
        return false;
    }

    private static async Task<SlotClaim> TakeOverAsync(TableClient table, string channelId, string slot, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(channelId), slot, cancellationToken: cancellationToken);
        if (!found.HasValue) return new SlotClaim(channelId, slot, SlotClaimOutcome.Busy);
        var row = found.Value!;
        var state = row.GetString("State");
        if (state == Done) return new SlotClaim(channelId, slot, SlotClaimOutcome.Done);
        var claimedAt = row.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue;
        if (state == Claimed && claimedAt + lease > now) return new SlotClaim(channelId, slot, SlotClaimOutcome.Busy);

        var attempt = (row.GetInt32("Attempts") ?? 1) + 1;
        var firstClaimAt = row.GetDateTimeOffset("FirstClaimAt") ?? claimedAt;
        var takeOver = new TableEntity(row.PartitionKey, row.RowKey) { ["State"] = Claimed, ["ClaimedAt"] = now, ["Attempts"] = attempt };
        try
        {
            var updated = await table.UpdateEntityAsync(takeOver, row.ETag, TableUpdateMode.Merge, cancellationToken);
            return new SlotClaim(channelId, slot, SlotClaimOutcome.Claimed, updated.Headers.ETag?.ToString(), TakenOver: true, firstClaimAt, attempt);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return new SlotClaim(channelId, slot, SlotClaimOutcome.Busy);
        }
    }

    private static string Shorten(string error) => error.Length <= 1000 ? error : error[..1000];
}
