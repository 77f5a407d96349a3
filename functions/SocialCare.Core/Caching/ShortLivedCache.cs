using System.Collections.Concurrent;

namespace SocialCare.Core.Caching;

/// <summary>
/// Values read on every event but changed rarely (configuration), kept for a few seconds per instance. Writers
/// through the same instance forget the key at once; another instance's writes show within the lifetime.
/// </summary>
public sealed class ShortLivedCache<T>(TimeSpan lifetime)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(3);
    private readonly ConcurrentDictionary<string, (long At, T Value)> _entries = new();

    public async Task<T> GetAsync(string key, Func<Task<T>> load)
    {
        var now = Environment.TickCount64;
        if (_entries.TryGetValue(key, out var hit) && now - hit.At < lifetime.TotalMilliseconds) return hit.Value;
        var value = await load();
        _entries[key] = (now, value);
        return value;
    }

    public void Forget(string key) => _entries.TryRemove(key, out _);

    public void Clear() => _entries.Clear();
}
