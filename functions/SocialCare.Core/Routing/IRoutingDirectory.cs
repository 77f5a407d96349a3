using SocialCare.Core.Ports;

namespace SocialCare.Core.Routing;

/// <summary>The writable side of the team directory, the rules, and the customer → last owner index.</summary>
public interface IRoutingDirectory : ITeamDirectory
{
    Task PutTeamAsync(Team team, CancellationToken cancellationToken);
    Task<bool> DeleteTeamAsync(string teamId, CancellationToken cancellationToken);
    Task PutAgentAsync(Agent agent, CancellationToken cancellationToken);
    Task<bool> DeleteAgentAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>The stored rules, or null when none are stored (then <see cref="DefaultRouting.Rules"/> apply).</summary>
    Task<IReadOnlyList<RoutingRule>?> GetRulesAsync(CancellationToken cancellationToken);
    Task PutRulesAsync(IReadOnlyList<RoutingRule> rules, CancellationToken cancellationToken);

    Task<CustomerOwner?> GetOwnerAsync(string channelId, string customerId, CancellationToken cancellationToken);
    Task SetOwnerAsync(CustomerOwner owner, CancellationToken cancellationToken);
}
