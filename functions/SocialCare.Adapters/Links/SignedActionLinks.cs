using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Links;

/// <summary>
/// Claim and resolve links signed with HMAC-SHA256 over action, conversation, agent and expiry:
/// <c>{base}/api/actions/{action}?c=…&amp;a=…&amp;e=&lt;unix seconds&gt;&amp;s=&lt;signature&gt;</c>.
/// </summary>
public sealed class SignedActionLinks(IOptions<LinksOptions> options, TimeProvider time) : IActionLinks
{
    public const string ClaimAction = "claim";
    public const string ResolveAction = "resolve";

    public Uri Claim(string conversationId, string? agentId) => Link(ClaimAction, conversationId, agentId);

    public Uri Resolve(string conversationId, string? agentId) => Link(ResolveAction, conversationId, agentId);

    public Uri Conversation(string conversationId) =>
        new($"{Base}/inbox/conversations/{Uri.EscapeDataString(conversationId)}");

    public LinkCheck Check(string action, string? conversationId, string? agentId, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(signature) || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            return LinkCheck.Tampered;
        var expected = Encoding.ASCII.GetBytes(Sign(action, conversationId, agentId, unix));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))) return LinkCheck.Tampered;
        return time.GetUtcNow().ToUnixTimeSeconds() > unix ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Base => options.Value.BaseUrl.TrimEnd('/');

    private Uri Link(string action, string conversationId, string? agentId)
    {
        var expires = time.GetUtcNow().Add(options.Value.Lifetime).ToUnixTimeSeconds();
        var agent = agentId is null ? "" : $"&a={Uri.EscapeDataString(agentId)}";
        var query = $"c={Uri.EscapeDataString(conversationId)}{agent}&e={expires.ToString(CultureInfo.InvariantCulture)}&s={Sign(action, conversationId, agentId, expires)}";
        return new Uri($"{Base}/api/actions/{action}?{query}");
    }

    private string Sign(string action, string conversationId, string? agentId, long expires)
    {
        var payload = $"{action}\n{conversationId}\n{agentId}\n{expires.ToString(CultureInfo.InvariantCulture)}";
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SigningKey), Encoding.UTF8.GetBytes(payload));
        return Base64Url(mac);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
