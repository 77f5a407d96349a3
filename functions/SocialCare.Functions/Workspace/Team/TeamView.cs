using SocialCare.Core.Crisis;
using SocialCare.Core.Routing;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Team;

/// <summary>What a supervisor watches: each agent's load against capacity, each team's backlog and breaches, open crises.</summary>
public sealed record TeamView(
    WorkspaceUser User,
    IReadOnlyList<AgentLoad> Agents,
    IReadOnlyList<TeamBacklog> Teams,
    IReadOnlyList<CrisisEpisode> Crises);

public sealed record AgentLoad(Agent Agent, int Open)
{
    public bool Full => Open >= Agent.Capacity;
}

public sealed record TeamBacklog(string Team, int Open, int Unassigned, int Breaching);
