namespace SocialCare.Core.Claims;

/// <summary>
/// Another delivery holds the claim on this work until <see cref="HeldUntil"/> (it may be sending now, or have died
/// mid-send): nothing was done, and trying again before then only finds it held again. A queue-triggered invocation
/// defers its message to that time rather than failing towards the dead-letter queue.
/// </summary>
public class ClaimHeldException(string key, DateTimeOffset heldUntil, string message) : Exception(message)
{
    public ClaimHeldException(string key, DateTimeOffset heldUntil)
        : this(key, heldUntil, $"'{key}' is held by another delivery until {heldUntil:O}.")
    {
    }

    public string Key { get; } = key;
    public DateTimeOffset HeldUntil { get; } = heldUntil;

    /// <summary>
    /// The held claim an exception is, or wraps. An aggregate counts only when every failure in it is a held claim
    /// (the latest one is returned): any other failure must fail the invocation, so the queue retries it soon.
    /// </summary>
    public static ClaimHeldException? Find(Exception exception)
    {
        switch (exception)
        {
            case ClaimHeldException held:
                return held;
            case AggregateException aggregate:
                var inner = aggregate.InnerExceptions.Select(Find).ToList();
                return inner.Count > 0 && inner.All(h => h is not null) ? inner.MaxBy(h => h!.HeldUntil) : null;
            case { InnerException: { } wrapped }:
                return Find(wrapped);
            default:
                return null;
        }
    }
}
