using SocialCare.Core.Caching;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Routing;

/// <summary>
/// Teams, agents and rules change rarely and are read on every routed event: they are kept for a few seconds.
/// Writes through this instance clear the cache at once; another instance's writes show within a few seconds.
/// Customer owners are never cached (they are the one-owner guarantee).
/// </summary>
public sealed class CachedRoutingDirectory(IRoutingDirectory inner) : IRoutingDirectory
{
    private readonly ShortLivedCache<object?> _cache = new(ShortLivedCache<object?>.DefaultLifetime);

    public Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) =>
        CachedAsync("team:" + teamId, () => inner.GetTeamAsync(teamId, cancellationToken));

    public Task<Agent?> GetAgentAsync(string agentId, CancellationToken cancellationToken) =>
        CachedAsync("agent:" + agentId, () => inner.GetAgentAsync(agentId, cancellationToken));

    public Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) =>
        CachedAsync("teams", () => inner.ListTeamsAsync(cancellationToken))!;

    public Task<IReadOnlyList<Agent>> ListAgentsAsync(string? teamId, CancellationToken cancellationToken) =>
        CachedAsync("agents:" + teamId, () => inner.ListAgentsAsync(teamId, cancellationToken))!;

    public Task<IReadOnlyList<RoutingRule>?> GetRulesAsync(CancellationToken cancellationToken) =>
        CachedAsync("rules", () => inner.GetRulesAsync(cancellationToken));

    public async Task PutTeamAsync(Team team, CancellationToken cancellationToken)
    {
        await inner.PutTeamAsync(team, cancellationToken);
        _cache.Clear();
    }

    public async Task<bool> DeleteTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteTeamAsync(teamId, cancellationToken);
        _cache.Clear();
        return deleted;
    }

    public async Task PutAgentAsync(Agent agent, CancellationToken cancellationToken)
    {
        await inner.PutAgentAsync(agent, cancellationToken);
        _cache.Clear();
    }

    public async Task<bool> DeleteAgentAsync(string agentId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteAgentAsync(agentId, cancellationToken);
        _cache.Clear();
        return deleted;
    }

    public async Task PutRulesAsync(IReadOnlyList<RoutingRule> rules, CancellationToken cancellationToken)
    {
        await inner.PutRulesAsync(rules, cancellationToken);
        _cache.Clear();
    }

    public Task<CustomerOwner?> GetOwnerAsync(string channelId, string customerId, CancellationToken cancellationToken) =>
        inner.GetOwnerAsync(channelId, customerId, cancellationToken);

    public Task SetOwnerAsync(CustomerOwner owner, CancellationToken cancellationToken) =>
        inner.SetOwnerAsync(owner, cancellationToken);

    private async Task<T> CachedAsync<T>(string key, Func<Task<T>> load) => (T)(await _cache.GetAsync(key, async () => await load()))!;
}
