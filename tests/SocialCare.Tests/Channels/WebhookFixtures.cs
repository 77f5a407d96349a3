using System.Text;
using SocialCare.Adapters.Webhooks;

namespace SocialCare.Tests.Channels;

/// <summary>Fixture bodies and requests as the ingest endpoint would hand them to a source.</summary>
internal static class WebhookFixtures
{
    public static byte[] Load(string platform, string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", platform, name + ".json"));

    public static WebhookRequest Request(byte[] body, IDictionary<string, string>? headers = null, IDictionary<string, string>? query = null)
    {
        var h = new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var q = new Dictionary<string, string>(query ?? new Dictionary<string, string>());
        return new WebhookRequest(body, name => h.GetValueOrDefault(name), name => q.GetValueOrDefault(name));
    }

    public static WebhookRequest Request(string body, IDictionary<string, string>? headers = null) =>
        Request(Encoding.UTF8.GetBytes(body), headers);

    public static string HexSignature(string key, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(SignatureComparer.HmacSha256(key, body));

    public static string Base64Signature(string key, byte[] body) =>
        "sha256=" + Convert.ToBase64String(SignatureComparer.HmacSha256(key, body));
}
