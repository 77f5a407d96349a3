using SocialCare.Core.Routing;

namespace SocialCare.Core.Ports;

/// <summary>Teams and agents as configured over HTTP (Table Storage in the app).</summary>
public interface ITeamDirectory
{
    Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken);
    Task<Agent?> GetAgentAsync(string agentId, CancellationToken cancellationToken);
    Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<Agent>> ListAgentsAsync(string? teamId, CancellationToken cancellationToken);
}
