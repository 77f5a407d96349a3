namespace SocialCare.Core.Ports;

/// <summary>
/// Negative events per crisis scope, stored once per event id in minute buckets, so every instance counts the same
/// window and a redelivery does not count twice.
/// </summary>
public interface INegativeEventWindow
{
    /// <summary>
    /// Stores the event in the bucket of <paramref name="at"/> for every one of <paramref name="scopes"/> at once; false
    /// when it is already there, or (for a redelivery, which may arrive in a later minute) in any bucket within
    /// <paramref name="alreadyCountedWithin"/> before it. An event's scopes are always recorded together.
    /// </summary>
    Task<bool> RecordAsync(IReadOnlyList<string> scopes, string eventId, DateTimeOffset at, TimeSpan alreadyCountedWithin, CancellationToken cancellationToken);

    /// <summary>Events per minute bucket (bucket start, UTC) in [from, to); empty minutes are absent.</summary>
    Task<IReadOnlyDictionary<DateTimeOffset, int>> CountByMinuteAsync(string scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
