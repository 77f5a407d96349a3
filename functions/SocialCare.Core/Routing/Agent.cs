using System.Text.Json.Serialization;

namespace SocialCare.Core.Routing;

/// <summary>An agent: who they are, which teams and languages, how many open conversations at once, whether online.</summary>
public sealed record Agent(
    string Id,
    string Name,
    string Email,
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> Languages,
    int Capacity,
    bool Online,
    NotificationPreference Notify = NotificationPreference.Both,
    string? TeamsWebhookUrl = null);

[JsonConverter(typeof(JsonStringEnumConverter<NotificationPreference>))]
public enum NotificationPreference
{
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("teams")] Teams,
    [JsonStringEnumMemberName("both")] Both,
}
