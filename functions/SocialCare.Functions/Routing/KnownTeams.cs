using SocialCare.Core.Routing;

namespace SocialCare.Functions.Routing;

/// <summary>Team ids agents and rules may name: the stored teams, or the default ids while none is stored.</summary>
public static class KnownTeams
{
    public static async Task<IReadOnlyCollection<string>> ListAsync(IRoutingDirectory directory, CancellationToken cancellationToken)
    {
        var stored = await directory.ListTeamsAsync(cancellationToken);
        return stored.Count > 0 ? stored.Select(t => t.Id).ToHashSet() : DefaultRouting.TeamIds.ToHashSet();
    }
}
