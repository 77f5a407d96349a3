namespace SocialCare.Core.Notifications;

/// <summary>
/// Where a Teams card may be posted: https to a Teams incoming-webhook or Workflows (Power Automate / Logic Apps)
/// host, or to a host an operator added; plain http only to this machine, and only in the local host mode (its
/// /dev/teams stand-in, tests' listeners). IP literals are refused otherwise: a webhook URL is stored from the API,
/// and must not make the app post to private or link-local addresses (cloud metadata, internal services).
/// Checked when an agent or team is saved and again before each send.
/// </summary>
public sealed class TeamsWebhookUrlPolicy(IEnumerable<string> extraHosts, bool allowLoopback)
{
    /// <summary>
    /// Teams incoming webhooks (<c>{tenant}.webhook.office.com/webhookb2/…</c>), Workflows on Logic Apps
    /// (<c>prod-NN.{region}.logic.azure.com:443/workflows/…</c>) and on Power Platform
    /// (<c>default{tenant}.NN.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/…</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultHosts = ["*.webhook.office.com", "*.logic.azure.com", "*.environment.api.powerplatform.com"];

    private readonly string[] _hosts = [.. DefaultHosts, .. extraHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim().ToLowerInvariant())];

    /// <summary>Why the URL may not be used, or null when it may.</summary>
    public string? Refusal(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return "must be an absolute https URL";
        if (!string.IsNullOrEmpty(uri.UserInfo)) return "must not carry a user name or password";
        if (uri.IsLoopback) return allowLoopback ? null : "must not point at this machine";
        if (uri.Scheme != Uri.UriSchemeHttps) return "must be an absolute https URL";
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6) return "must name a host, not an IP address";
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        return _hosts.Any(pattern => Matches(host, pattern))
            ? null
            : $"must be a Teams or Workflows webhook host ({string.Join(", ", _hosts)}); ask an operator to add '{host}' to Teams:AllowedHosts";
    }

    public bool Allows(string? url) => Refusal(url) is null;

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.Ordinal) && host.Length > pattern.Length - 1
            : host == pattern;
}
