using SocialCare.Core.Publishing;

namespace SocialCare.Core.Ports;

/// <summary>
/// Claims on outbound actions by key (an event's moderation step, an agent's idempotency key): taken before the
/// platform is called, completed with its result after, so an action asked for twice is published once. Every
/// change after the claim is conditional on the claim's version: a holder whose lease was taken over changes nothing.
/// </summary>
public interface IPublishClaims
{
    Task<PublishClaim> TryClaimAsync(string key, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <returns>False when the claim is no longer this holder's (its lease ran out and another took it).</returns>
    Task<bool> CompleteAsync(PublishClaim claim, PublishResult result, CancellationToken cancellationToken);

    /// <summary>Gives the claim up when nothing was published, so a retry may publish; leaves another holder's claim alone.</summary>
    Task ReleaseAsync(PublishClaim claim, CancellationToken cancellationToken);
}
