namespace SocialCare.Core.Publishing;

/// <summary>What the platform answered; <see cref="Replayed"/> when it was published by an earlier call with the same key.</summary>
public sealed record PublishedOnce(PublishResult Result, bool Replayed);
