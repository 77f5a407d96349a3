using System.Collections.Concurrent;

namespace SocialCare.Adapters.Queues;

/// <summary>
/// Tells a local queue pump that this process has just sent to its queue, so it receives at once instead of at its
/// next poll: Storage queues cannot push, and polling fast enough for low latency costs the emulator more than the
/// messages themselves. Messages from elsewhere (other processes, retries becoming visible) still arrive by polling.
/// </summary>
public sealed class QueueArrivals
{
    private readonly ConcurrentDictionary<string, Signal> _signals = new(StringComparer.Ordinal);

    public void Arrived(string queue) => For(queue).Set();

    /// <summary>
    /// Completes at the next <see cref="Arrived"/> for the queue. Take it before receiving, so that a send landing
    /// between an empty receive and the wait is not missed.
    /// </summary>
    public Task NextArrival(string queue) => For(queue).Next();

    private Signal For(string queue) => _signals.GetOrAdd(queue, _ => new Signal());

    private sealed class Signal
    {
        private TaskCompletionSource _arrived = New();

        public void Set() => Volatile.Read(ref _arrived).TrySetResult();

        public Task Next()
        {
            var current = Volatile.Read(ref _arrived);
            if (!current.Task.IsCompleted) return current.Task;
            var fresh = New();
            var seen = Interlocked.CompareExchange(ref _arrived, fresh, current);
            return ReferenceEquals(seen, current) ? fresh.Task : seen.Task;
        }

        private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
