using SocialCare.Core.Claims;

namespace SocialCare.Core.Publishing;

/// <summary>Another caller holds the claim on this action and may be publishing it now: try again later, do not publish.</summary>
public sealed class PublishInProgressException(string key, DateTimeOffset heldUntil)
    : ClaimHeldException(key, heldUntil, $"The action '{key}' is being published by another request.");
