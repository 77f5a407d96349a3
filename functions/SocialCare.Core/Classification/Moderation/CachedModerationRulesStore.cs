using SocialCare.Core.Caching;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Classification.Moderation;

/// <summary>House rules read for every classified comment, kept for a few seconds; this instance's writes clear them.</summary>
public sealed class CachedModerationRulesStore(IModerationRulesStore inner) : IModerationRulesStore
{
    private readonly ShortLivedCache<ModerationRules?> _cache = new(ShortLivedCache<ModerationRules?>.DefaultLifetime);

    public Task<ModerationRules?> GetAsync(string channelId, CancellationToken cancellationToken) =>
        _cache.GetAsync(channelId, () => inner.GetAsync(channelId, cancellationToken));

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
