namespace SocialCare.Core.Publishing;

/// <summary>
/// What the platform answered. <see cref="Error"/> carries the platform's own message; <see cref="PlatformStatus"/> its
/// HTTP status or error code; <see cref="RetryAfter"/> is set when the platform asked to slow down and the one in-call
/// retry did not get through.
/// </summary>
public sealed record PublishResult(
    bool Succeeded,
    string? PlatformId,
    string? Error,
    int? PlatformStatus,
    TimeSpan? RetryAfter)
{
    /// <summary>What a channel without credentials answers: nothing went to a platform; the request is kept in the local outbox only.</summary>
    public const string NotConnectedReason = "not sent: channel not connected";

    /// <summary>Kept in the outbox by the recording publisher, never sent: not a delivery, and nothing a retry would change.</summary>
    public bool Recorded { get; init; }

    public static PublishResult NotConnected() => new(false, null, NotConnectedReason, null, null) { Recorded = true };

    public static PublishResult Published(string? platformId, int? status = 200) => new(true, platformId, null, status, null);

    public static PublishResult Failed(string error, int? status = null, TimeSpan? retryAfter = null) =>
        new(false, null, error, status, retryAfter);

    /// <summary>Refused before calling the platform (no window, unsupported action, missing target).</summary>
    public static PublishResult Refused(string reason) => new(false, null, reason, null, null);
}
