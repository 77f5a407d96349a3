using Microsoft.Extensions.Options;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Functions.Pipeline;

namespace SocialCare.Functions.Notifications;

/// <summary>
/// Fallback directory while no team store is registered: every team exists, reachable at Notifications:DefaultEmail
/// and (through the default) Teams:DefaultWebhookUrl; there are no agents.
/// </summary>
public sealed class ConfiguredTeamDirectory(IOptions<NotificationOptions> options) : ITeamDirectory
{
    private static readonly SlaTargets Sla = new(new Dictionary<int, SlaTarget> { [3] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(24)) });

    public Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) => Task.FromResult<Team?>(Make(teamId));

    public Task<Agent?> GetAgentAsync(string agentId, CancellationToken cancellationToken) => Task.FromResult<Agent?>(null);

    public Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Team>>([]);

    public Task<IReadOnlyList<Agent>> ListAgentsAsync(string? teamId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Agent>>([]);

    private Team Make(string id) => new(id, id, TeamIntake.Any, Sla, Email: options.Value.DefaultEmail);
}
