using Azure;
using Azure.Data.Tables;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// One row per claimed action in the outbox table's "claims" partition (the outbox listings read other partitions):
/// inserted as "publishing" with a lease, replaced by "published" with the platform's answer. Completion and release
/// are conditional on the row's ETag, so a holder whose lease was taken over never touches the new holder's claim.
/// </summary>
public sealed class TablePublishClaims(TableClients tables) : IPublishClaims
{
    private const string Partition = "claims";

    public async Task<PublishClaim> TryClaimAsync(string key, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        var claim = new TableEntity(Partition, TableKeys.Safe(key))
        {
            ["Key"] = key,
            ["State"] = "publishing",
            ["LeaseUntil"] = now + lease,
        };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                var added = await table.AddEntityAsync(claim, cancellationToken);
                return new PublishClaim(key, PublishClaimState.Claimed, added.Headers.ETag?.ToString());
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }

            var existing = await table.GetEntityIfExistsAsync<TableEntity>(Partition, claim.RowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue) continue;
            var row = existing.Value!;
            if (row.GetString("State") == "published") return new PublishClaim(key, PublishClaimState.Published, row.ETag.ToString(), ResultOf(row));
            if (row.GetDateTimeOffset("LeaseUntil") is { } until && until > now) return new PublishClaim(key, PublishClaimState.HeldByAnother, HeldUntil: until);
            try
            {
                // The holder's lease ran out (it died mid-call): take the claim over.
                var taken = await table.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return new PublishClaim(key, PublishClaimState.Claimed, taken.Headers.ETag?.ToString());
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Another caller took it over a moment ago, with a lease as long as ours.
                return new PublishClaim(key, PublishClaimState.HeldByAnother, HeldUntil: now + lease);
            }
        }
        return new PublishClaim(key, PublishClaimState.HeldByAnother, HeldUntil: now + lease);
    }

    public async Task<bool> CompleteAsync(PublishClaim claim, PublishResult result, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        var row = new TableEntity(Partition, TableKeys.Safe(claim.Key))
        {
            ["Key"] = claim.Key,
            ["State"] = "published",
            ["PlatformId"] = result.PlatformId,
            ["PlatformStatus"] = result.PlatformStatus,
        };
        try
        {
            await table.UpdateEntityAsync(row, new ETag(claim.Version!), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(PublishClaim claim, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outbox, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(Partition, TableKeys.Safe(claim.Key), new ETag(claim.Version!), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // No longer ours: another holder's claim (or nothing) is left as it is.
        }
    }

    private static PublishResult ResultOf(TableEntity row) => PublishResult.Published(row.GetString("PlatformId"), row.GetInt32("PlatformStatus"));
}
