using Microsoft.Extensions.Options;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Workspace.Identity;

/// <summary>
/// Who is signed in, read one way in Azure and locally: the <c>X-MS-CLIENT-PRINCIPAL</c> header, trusted only when
/// Easy Auth is on (Bicep sets <c>Auth__EasyAuthEnabled</c>; the local host's dev sign-in turns it on for itself),
/// matched to an agent record by e-mail (any case) or Entra object id.
/// </summary>
public sealed class WorkspaceIdentity(IOptions<IdentityOptions> options, ITeamDirectory directory)
{
    public const string SupervisorRole = "supervisor";

    public ClientPrincipal? Principal(HttpContext http) =>
        options.Value.EasyAuthEnabled ? ClientPrincipal.Decode(http.Request.Headers[ClientPrincipal.Header].FirstOrDefault()) : null;

    /// <summary>The agent behind the session; null with <paramref name="principal"/> null when nobody is signed in.</summary>
    public async Task<(ClientPrincipal? Principal, WorkspaceUser? User)> ResolveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (Principal(http) is not { } principal) return (null, null);
        var agents = await directory.ListAgentsAsync(null, cancellationToken);
        var email = principal.Email;
        var objectId = principal.ObjectId;
        var agent = agents.FirstOrDefault(a => objectId is not null && string.Equals(a.ObjectId, objectId, StringComparison.OrdinalIgnoreCase))
            ?? agents.FirstOrDefault(a => email is not null && string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase));
        if (agent is null) return (principal, null);
        var supervisor = agent.IsSupervisor || principal.Roles.Contains(SupervisorRole, StringComparer.OrdinalIgnoreCase);
        return (principal, new WorkspaceUser(agent, supervisor));
    }
}
