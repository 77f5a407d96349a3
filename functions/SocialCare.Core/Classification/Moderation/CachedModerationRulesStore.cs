using Microsoft.Extensions.Caching.Hybrid;
using SocialCare.Core.Caching;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Classification.Moderation;

/// <summary>House rules read for every classified comment, kept for a few seconds; this instance's writes clear them.</summary>
public sealed class CachedModerationRulesStore(IModerationRulesStore inner, HybridCache cache) : IModerationRulesStore
{
    private readonly ReadThroughCache _cache = new(cache, "moderation-rules", ReadThroughCache.DefaultLifetime);

    public Task<ModerationRules?> GetAsync(string channelId, CancellationToken cancellationToken) =>
        _cache.GetAsync(channelId, ct => inner.GetAsync(channelId, ct), cancellationToken);

    public async Task PutAsync(string channelId, ModerationRules rules, CancellationToken cancellationToken)
    {
        await inner.PutAsync(channelId, rules, cancellationToken);
        _cache.Forget(channelId);
    }

    public async Task<bool> DeleteAsync(string channelId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteAsync(channelId, cancellationToken);
        _cache.Forget(channelId);
        return deleted;
    }
}
