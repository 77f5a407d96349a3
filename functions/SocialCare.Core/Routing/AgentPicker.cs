namespace SocialCare.Core.Routing;

/// <summary>The least-loaded online agent of a team who speaks the language and is under capacity.</summary>
public static class AgentPicker
{
    /// <param name="openLoad">Open conversations each agent owns now (absent = none).</param>
    public static Agent? Pick(IEnumerable<Agent> agents, string teamId, string? language, IReadOnlyDictionary<string, int> openLoad) =>
        agents
            .Where(a => a.Online && a.Teams.Contains(teamId) && Speaks(a, language))
            .Select(a => (Agent: a, Load: openLoad.GetValueOrDefault(a.Id)))
            .Where(x => x.Load < x.Agent.Capacity)
            .OrderBy(x => (double)x.Load / x.Agent.Capacity)
            .ThenBy(x => x.Load)
            .ThenBy(x => x.Agent.Id, StringComparer.Ordinal)
            .Select(x => x.Agent)
            .FirstOrDefault();

    /// <summary>An agent with no languages listed takes any; an unknown language ("und") goes to anyone.</summary>
    public static bool Speaks(Agent agent, string? language) =>
        agent.Languages.Count == 0 || string.IsNullOrEmpty(language) || language == "und"
        || agent.Languages.Contains(language, StringComparer.OrdinalIgnoreCase);
}
