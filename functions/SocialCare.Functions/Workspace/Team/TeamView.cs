using SocialCare.Core.Crisis;
using SocialCare.Core.Routing;
using SocialCare.Functions.Workspace.Identity;

namespace SocialCare.Functions.Workspace.Team;

/// <summary>What a supervisor watches: each agent's load against capacity, each team's backlog and breaches, open crises, channel hours.</summary>
public sealed record TeamView(
    WorkspaceUser User,
    IReadOnlyList<AgentLoad> Agents,
    IReadOnlyList<TeamBacklog> Teams,
    IReadOnlyList<CrisisEpisode> Crises,
    IReadOnlyList<ChannelHours> Channels);

public sealed record AgentLoad(Agent Agent, int Open)
{
    public bool Full => Open >= Agent.Capacity;
}

public sealed record TeamBacklog(string Team, int Open, int Unassigned, int Breaching);

/// <summary>A channel open now (until when) or closed (back when), in the channel's own time zone.</summary>
public sealed record ChannelHours(string ChannelId, TimeZoneInfo Zone, Core.Hours.OpeningStatus Status)
{
    public string Text => Status switch
    {
        { Open: true, ClosesAt: { } closes } => $"open until {Local(closes)}",
        { Open: true } => "open",
        { OpensAt: { } opens } => $"closed, back {Local(opens)}",
        _ => "closed",
    };

    private string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("ddd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + $" ({Zone.Id})";
}
