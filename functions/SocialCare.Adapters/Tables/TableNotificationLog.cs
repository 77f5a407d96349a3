using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

/// <summary>One row per (notification, target): inserted as a claim with a lease, then marked sent.</summary>
public sealed class TableNotificationLog(TableClients tables) : INotificationLog
{
    public async Task<ClaimResult> TryClaimAsync(string notificationId, string target, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        var claim = new TableEntity(TableKeys.Safe(notificationId), TableKeys.Safe(target))
        {
            ["NotificationId"] = notificationId,
            ["Target"] = target,
            ["State"] = "sending",
            ["LeaseUntil"] = now + lease,
        };
        try
        {
            await table.AddEntityAsync(claim, cancellationToken);
            return ClaimResult.Claimed;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }

        var existing = await table.GetEntityIfExistsAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: cancellationToken);
        if (!existing.HasValue) return await TryClaimAsync(notificationId, target, now, lease, cancellationToken);
        var row = existing.Value!;
        if (row.GetString("State") == "sent") return ClaimResult.AlreadySent;
        if (row.GetDateTimeOffset("LeaseUntil") > now) return ClaimResult.HeldByAnother;
        try
        {
            // The holder's lease ran out (it crashed mid-send): take the claim over.
            await table.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Replace, cancellationToken);
            return ClaimResult.Claimed;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return ClaimResult.HeldByAnother;
        }
    }

    public async Task MarkSentAsync(string notificationId, string target, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Safe(notificationId), TableKeys.Safe(target))
        {
            ["NotificationId"] = notificationId,
            ["Target"] = target,
            ["State"] = "sent",
            ["SentAt"] = at,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task ReleaseAsync(string notificationId, string target, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Notifications, cancellationToken);
        await table.DeleteEntityAsync(TableKeys.Safe(notificationId), TableKeys.Safe(target), ETag.All, cancellationToken);
    }
}
