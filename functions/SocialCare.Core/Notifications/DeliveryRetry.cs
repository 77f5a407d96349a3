namespace SocialCare.Core.Notifications;

/// <summary>
/// Retries a send a few times with exponential backoff inside one invocation; the last failure propagates so the
/// queue retries later and finally dead-letters.
/// </summary>
public sealed class DeliveryRetry(TimeProvider time, int attempts = 3, TimeSpan? baseDelay = null, TimeSpan? maxDelay = null)
{
    private readonly TimeSpan _base = baseDelay ?? TimeSpan.FromMilliseconds(200);
    private readonly TimeSpan _max = maxDelay ?? TimeSpan.FromSeconds(30);

    public int Attempts => attempts;

    /// <param name="retryAfter">A delay the failure asked for (HTTP Retry-After), used instead of the backoff.</param>
    public async Task RunAsync(Func<CancellationToken, Task> send, Func<Exception, bool> isTransient, Func<Exception, TimeSpan?>? retryAfter, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await send(cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < attempts && isTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(DelayFor(attempt, retryAfter?.Invoke(e)), time, cancellationToken);
            }
        }
    }

    /// <summary>base × 2^(attempt−1), or what the server asked for; never more than the cap.</summary>
    public TimeSpan DelayFor(int attempt, TimeSpan? requested)
    {
        var backoff = requested ?? TimeSpan.FromTicks(_base.Ticks * (1L << Math.Min(attempt - 1, 20)));
        return backoff > _max ? _max : backoff < TimeSpan.Zero ? TimeSpan.Zero : backoff;
    }
}
