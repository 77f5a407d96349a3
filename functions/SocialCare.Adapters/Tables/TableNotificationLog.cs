using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// One row per (notification, target): inserted as a claim with a lease, then marked sent. Marking and releasing
/// are conditional on the ETag the claim was taken with, never <see cref="ETag.All"/>: a sender whose lease ran out
/// and was taken over can neither delete nor overwrite the new holder's claim.
/// </summary>
public sealed class TableNotificationLog(TableClients tables) : INotificationLog
{
    public async Task<NotificationClaim> TryClaimAsync(string notificationId, string target, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        var claim = new TableEntity(TableKeys.Safe(notificationId), TableKeys.Safe(target))
        {
            ["NotificationId"] = notificationId,
            ["Target"] = target,
            ["State"] = "sending",
            ["LeaseUntil"] = now + lease,
        };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                var added = await table.AddEntityAsync(claim, cancellationToken);
                return new NotificationClaim(notificationId, target, ClaimResult.Claimed, added.Headers.ETag?.ToString());
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }

            var existing = await table.GetEntityIfExistsAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue) continue;
            var row = existing.Value!;
            if (row.GetString("State") == "sent") return new NotificationClaim(notificationId, target, ClaimResult.AlreadySent);
            if (row.GetDateTimeOffset("LeaseUntil") is { } until && until > now) return new NotificationClaim(notificationId, target, ClaimResult.HeldByAnother, HeldUntil: until);
            try
            {
                // The holder's lease ran out (it crashed mid-send): take the claim over.
                var taken = await table.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return new NotificationClaim(notificationId, target, ClaimResult.Claimed, taken.Headers.ETag?.ToString());
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Another delivery took it over a moment ago, with a lease as long as ours.
                return new NotificationClaim(notificationId, target, ClaimResult.HeldByAnother, HeldUntil: now + lease);
            }
        }
        return new NotificationClaim(notificationId, target, ClaimResult.HeldByAnother, HeldUntil: now + lease);
    }

    public async Task<bool> MarkSentAsync(NotificationClaim claim, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        var sent = new TableEntity(TableKeys.Safe(claim.NotificationId), TableKeys.Safe(claim.Target))
        {
            ["NotificationId"] = claim.NotificationId,
            ["Target"] = claim.Target,
            ["State"] = "sent",
            ["SentAt"] = at,
        };
        try
        {
            await table.UpdateEntityAsync(sent, new ETag(claim.Version!), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<bool> ReleaseAsync(NotificationClaim claim, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(TableKeys.Safe(claim.NotificationId), TableKeys.Safe(claim.Target), new ETag(claim.Version!), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
