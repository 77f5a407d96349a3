using SocialCare.Core.Routing;

namespace SocialCare.Functions.Workspace.Identity;

/// <summary>The signed-in agent: every workspace action takes who acts from here, never from the request.</summary>
public sealed record WorkspaceUser(Agent Agent, bool IsSupervisor)
{
    public string Id => Agent.Id;

    /// <summary>Agents see their teams' conversations; supervisors see all.</summary>
    public bool CanSee(Core.Conversations.Conversation c) => IsSupervisor || Agent.Teams.Contains(c.Team, StringComparer.OrdinalIgnoreCase) || c.Assignee == Agent.Id;

    /// <summary>Only the owner or a supervisor answers an owned case; anyone else is offered the claim.</summary>
    public bool CanAct(Core.Conversations.Conversation c) => IsSupervisor || c.Assignee is null || c.Assignee == Agent.Id;
}
