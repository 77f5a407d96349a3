namespace SocialCare.Adapters.Language;

/// <summary>
/// Opens after N consecutive failures; while open, calls are refused so the offline classifier answers at once.
/// After the open period one trial call is let through (half-open): success closes, failure re-opens.
/// </summary>
public sealed class LanguageCircuitBreaker(int failuresToOpen, TimeSpan openFor, TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _failures;
    private DateTimeOffset? _openUntil;
    private bool _trialInFlight;

    public bool IsOpen
    {
        get
        {
            lock (_gate) return _openUntil is { } until && time.GetUtcNow() < until;
        }
    }

    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_openUntil is not { } until) return true;
            if (time.GetUtcNow() < until || _trialInFlight) return false;
            _trialInFlight = true;
            return true;
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _failures = 0;
            _openUntil = null;
            _trialInFlight = false;
        }
    }

    /// <summary>Returns true when this failure opened (or re-opened) the breaker.</summary>
    public bool RecordFailure()
    {
        lock (_gate)
        {
            _failures++;
            var opens = _trialInFlight || _failures >= failuresToOpen;
            _trialInFlight = false;
            if (opens) _openUntil = time.GetUtcNow() + openFor;
            return opens;
        }
    }
}
