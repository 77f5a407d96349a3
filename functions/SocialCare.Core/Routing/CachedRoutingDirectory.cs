using Microsoft.Extensions.Caching.Hybrid;
using SocialCare.Core.Caching;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Routing;

/// <summary>
/// Teams, agents and rules change rarely and are read on every routed event: they are kept for a few seconds.
/// Writes through this instance clear the cache at once; another instance's writes show within a few seconds.
/// Customer owners are never cached (they are the one-owner guarantee).
/// </summary>
public sealed class CachedRoutingDirectory(IRoutingDirectory inner, HybridCache cache) : IRoutingDirectory
{
    private readonly ReadThroughCache _cache = new(cache, "routing", ReadThroughCache.DefaultLifetime);

    public Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) =>
        _cache.GetAsync("team:" + teamId, ct => inner.GetTeamAsync(teamId, ct), cancellationToken);

    public Task<Agent?> GetAgentAsync(string agentId, CancellationToken cancellationToken) =>
        _cache.GetAsync("agent:" + agentId, ct => inner.GetAgentAsync(agentId, ct), cancellationToken);

    public Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync("teams", ct => inner.ListTeamsAsync(ct), cancellationToken);

    public Task<IReadOnlyList<Agent>> ListAgentsAsync(string? teamId, CancellationToken cancellationToken) =>
        _cache.GetAsync("agents:" + teamId, ct => inner.ListAgentsAsync(teamId, ct), cancellationToken);

    public Task<IReadOnlyList<RoutingRule>?> GetRulesAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync("rules", ct => inner.GetRulesAsync(ct), cancellationToken);

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
}
