namespace SocialCare.Core.Ports;

/// <summary>
/// Negative events per crisis scope, stored once per event id in minute buckets, so every instance counts the same
/// window and a redelivery does not count twice.
/// </summary>
public interface INegativeEventWindow
{
    Task RecordAsync(string scope, string eventId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Events per minute bucket (bucket start, UTC) in [from, to); empty minutes are absent.</summary>
    Task<IReadOnlyDictionary<DateTimeOffset, int>> CountByMinuteAsync(string scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
