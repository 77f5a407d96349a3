namespace SocialCare.Functions.LocalHost;

/// <summary>
/// How many queue messages the local host's pumps are handling right now. With every pipeline queue empty it tells
/// that the pipeline has drained: what tests and drills wait for instead of sleeping.
/// </summary>
public sealed class PumpActivity
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Started() => Interlocked.Increment(ref _inFlight);

    public void Finished() => Interlocked.Decrement(ref _inFlight);
}
