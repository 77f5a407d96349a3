using Azure.Core;
using Azure.Identity;

namespace SocialCare.Functions.Telemetry;

/// <summary>
/// Reads APPLICATIONINSIGHTS_AUTHENTICATION_STRING the way the Functions host does (<c>Authorization=AAD;ClientId=…</c>),
/// so the handler's exporter authenticates like the host: Application Insights in Azure takes no ingestion key.
/// </summary>
public static class TelemetryCredential
{
    /// <returns>The managed identity to send with, or null when the setting is empty (the key in the connection string is used).</returns>
    public static TokenCredential? From(string? authentication)
    {
        if (string.IsNullOrWhiteSpace(authentication)) return null;
        var parts = authentication.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            // Telemetry silently refused for months is worse than a start that names the setting.
            throw new InvalidOperationException("APPLICATIONINSIGHTS_AUTHENTICATION_STRING must read Authorization=AAD (optionally ;ClientId=<user-assigned identity>).");
        }
        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrEmpty(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
