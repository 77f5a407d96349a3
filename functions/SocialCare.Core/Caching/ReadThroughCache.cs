using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Hybrid;

namespace SocialCare.Core.Caching;

/// <summary>
/// Values read on every event but changed rarely, kept in this instance's <see cref="HybridCache"/> (local only) for
/// a short lifetime: concurrent misses of one key share one load (the cache's stampede protection). Writers through
/// the same instance forget a key at once; another instance's writes show within the lifetime.
/// </summary>
/// <remarks>
/// Forgetting moves the key to a new generation rather than removing the entry: a load that started before the
/// write finishes into the old generation, which no reader asks for any more, so it can never store a stale value
/// over the write. Values are held by reference (the holder is immutable to the cache), never serialized.
/// </remarks>
public sealed class ReadThroughCache(HybridCache cache, string name, TimeSpan lifetime)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly HybridCacheEntryOptions _options = new()
    {
        Expiration = lifetime,
        LocalCacheExpiration = lifetime,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };
    private long _epoch;

    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var held = await cache.GetOrCreateAsync(
            KeyOf(key), load, static async (load, ct) => new Held<T>(await load(ct)), _options, cancellationToken: cancellationToken);
        return held.Value;
    }

    public void Forget(string key) => _generations.AddOrUpdate(key, 1, (_, generation) => generation + 1);

    public void Clear() => Interlocked.Increment(ref _epoch);

    private string KeyOf(string key) => $"{name}/{Volatile.Read(ref _epoch)}/{_generations.GetValueOrDefault(key)}/{key}";
}
