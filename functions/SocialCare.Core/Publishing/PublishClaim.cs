namespace SocialCare.Core.Publishing;

/// <summary>
/// The answer to a claim: this caller holds it (<see cref="Version"/> is what its later changes are conditional on),
/// it was published before (<see cref="Result"/> is what the platform answered then), or another caller holds it now
/// (until <see cref="HeldUntil"/>, its lease end, when known).
/// </summary>
public sealed record PublishClaim(string Key, PublishClaimState State, string? Version = null, PublishResult? Result = null, DateTimeOffset? HeldUntil = null);

public enum PublishClaimState
{
    Claimed,
    Published,
    HeldByAnother,
}
