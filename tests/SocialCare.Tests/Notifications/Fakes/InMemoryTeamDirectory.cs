using SocialCare.Core.Ports;
using SocialCare.Core.Routing;

namespace SocialCare.Tests.Notifications.Fakes;

public sealed class InMemoryTeamDirectory(IEnumerable<Team> teams, IEnumerable<Agent> agents) : ITeamDirectory
{
    private readonly Dictionary<string, Team> _teams = teams.ToDictionary(t => t.Id);
    private readonly Dictionary<string, Agent> _agents = agents.ToDictionary(a => a.Id);

    public static SlaTargets Sla { get; } = new(new Dictionary<int, SlaTarget> { [3] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(8)) });

    public static Team Team(string id, string? webhook, string email) => new(id, id, TeamIntake.Any, Sla, webhook, email);

    public Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) => Task.FromResult(_teams.GetValueOrDefault(teamId));

    public Task<Agent?> GetAgentAsync(string agentId, CancellationToken cancellationToken) => Task.FromResult(_agents.GetValueOrDefault(agentId));

    public Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Team>>([.. _teams.Values]);

    public Task<IReadOnlyList<Agent>> ListAgentsAsync(string? teamId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Agent>>([.. _agents.Values.Where(a => teamId is null || a.Teams.Contains(teamId))]);
}
