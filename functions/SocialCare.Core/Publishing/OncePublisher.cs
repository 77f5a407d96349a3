using SocialCare.Core.Claims;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Publishing;

/// <summary>
/// Publishes an action at most once per key: claim, then publish, then store the result on the claim. A repeat with
/// the same key (a queue redelivery, a client retry) gets the stored result and publishes nothing; a concurrent one
/// finds the claim held and gets <see cref="PublishInProgressException"/>. A platform failure or an unreachable
/// platform releases the claim, so the retry may try again: nothing was published (or, after a timeout, nothing is
/// known to have been).
/// </summary>
public sealed class OncePublisher(ChannelPublishers publishers, IPublishClaims claims, ClaimLease lease, TimeProvider time)
{
    public async Task<PublishedOnce> PublishAsync(string key, PublishRequest request, CancellationToken cancellationToken)
    {
        var claim = await claims.TryClaimAsync(key, time.GetUtcNow(), lease.Length, cancellationToken);
        switch (claim.State)
        {
            case PublishClaimState.Published:
                return new PublishedOnce(claim.Result!, Replayed: true);
            case PublishClaimState.HeldByAnother:
                throw new PublishInProgressException(key, claim.HeldUntil ?? time.GetUtcNow() + lease.Length);
        }

        PublishResult result;
        try
        {
            result = await publishers.PublishAsync(request with { OutboxId = request.OutboxId ?? key }, cancellationToken);
        }
        catch
        {
            await claims.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
        // Stored even when the caller has given up: the post exists, so no retry may publish it again.
        if (result.Succeeded) await claims.CompleteAsync(claim, result, CancellationToken.None);
        else await claims.ReleaseAsync(claim, CancellationToken.None);
        return new PublishedOnce(result, Replayed: false);
    }
}
