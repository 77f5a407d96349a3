using System.Collections.Concurrent;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Routing;

/// <summary>Opening hours read on every routed event, kept for a few seconds; this instance's writes clear them at once.</summary>
public sealed class CachedScheduleStore(IScheduleStore inner) : IScheduleStore
{
    private readonly ConcurrentDictionary<string, (long At, ChannelSchedule? Value)> _cache = new();

    public async Task<ChannelSchedule?> GetAsync(string channelId, CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        if (_cache.TryGetValue(channelId, out var hit) && now - hit.At < CachedRoutingDirectory.Lifetime.TotalMilliseconds) return hit.Value;
        var value = await inner.GetAsync(channelId, cancellationToken);
        _cache[channelId] = (now, value);
        return value;
    }

    public async Task PutAsync(string channelId, ChannelSchedule schedule, CancellationToken cancellationToken)
    {
        await inner.PutAsync(channelId, schedule, cancellationToken);
        _cache.TryRemove(channelId, out _);
    }

    public async Task<bool> DeleteAsync(string channelId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteAsync(channelId, cancellationToken);
        _cache.TryRemove(channelId, out _);
        return deleted;
    }

    public Task<IReadOnlyList<(string ChannelId, ChannelSchedule Schedule)>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
}
