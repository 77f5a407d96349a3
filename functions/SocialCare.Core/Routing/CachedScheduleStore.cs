using Microsoft.Extensions.Caching.Hybrid;
using SocialCare.Core.Caching;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Routing;

/// <summary>Opening hours read on every routed event, kept for a few seconds; this instance's writes clear them at once.</summary>
public sealed class CachedScheduleStore(IScheduleStore inner, HybridCache cache) : IScheduleStore
{
    private readonly ReadThroughCache _cache = new(cache, "schedules", ReadThroughCache.DefaultLifetime);

    public Task<ChannelSchedule?> GetAsync(string channelId, CancellationToken cancellationToken) =>
        _cache.GetAsync(channelId, ct => inner.GetAsync(channelId, ct), cancellationToken);

    public async Task PutAsync(string channelId, ChannelSchedule schedule, CancellationToken cancellationToken)
    {
        await inner.PutAsync(channelId, schedule, cancellationToken);
        _cache.Forget(channelId);
    }

    public async Task<bool> DeleteAsync(string channelId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteAsync(channelId, cancellationToken);
        _cache.Forget(channelId);
        return deleted;
    }

    public Task<IReadOnlyList<(string ChannelId, ChannelSchedule Schedule)>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
}
