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
    public static PublishResult Published(string? platformId, int? status = 200) => new(true, platformId, null, status, null);

    public static PublishResult Failed(string error, int? status = null, TimeSpan? retryAfter = null) =>
        new(false, null, error, status, retryAfter);

    /// <summary>Refused before calling the platform (no window, unsupported action, missing target).</summary>
    public static PublishResult Refused(string reason) => new(false, null, reason, null, null);
}
