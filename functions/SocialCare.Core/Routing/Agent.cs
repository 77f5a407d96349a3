using System.Text.Json.Serialization;

namespace SocialCare.Core.Routing;

/// <summary>
/// An agent: who they are, which teams and languages, how many open conversations at once, whether online.
/// The workspace knows the signed-in person by <see cref="Email"/> (any case) or Entra <see cref="ObjectId"/>.
/// </summary>
public sealed record Agent(
    string Id,
    string Name,
    string Email,
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> Languages,
    int Capacity,
    bool Online,
    NotificationPreference Notify = NotificationPreference.Both,
    string? TeamsWebhookUrl = null,
    string? ObjectId = null,
    AgentRole Role = AgentRole.Agent)
{
    [JsonIgnore] public bool IsSupervisor => Role == AgentRole.Supervisor;
}

/// <summary>An agent works their teams' conversations; a supervisor sees and acts on every one, and the supervisor screens.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgentRole>))]
public enum AgentRole
{
    [JsonStringEnumMemberName("agent")] Agent,
    [JsonStringEnumMemberName("supervisor")] Supervisor,
}

[JsonConverter(typeof(JsonStringEnumConverter<NotificationPreference>))]
public enum NotificationPreference
{
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("teams")] Teams,
    [JsonStringEnumMemberName("both")] Both,
}
