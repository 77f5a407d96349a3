using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.X;

/// <summary>
/// X Account Activity API: the CRC handshake, the body signature, tweets (mentions, replies, the brand's own tweets)
/// and DMs of the subscribed account <c>for_user_id</c>. Other activities (likes, follows, typing, reads) are skipped.
/// </summary>
public sealed partial class XWebhookSource(XOptions options, TimeProvider time) : IWebhookSource
{
    /// <summary>Longest crc_token answered. X documents no length; its tokens are a few dozen characters.</summary>
    public const int MaxCrcTokenLength = 255;

    public string Name => "x";

    /// <summary>
    /// The CRC answer is HMAC-SHA256(consumer secret, token), the very function that signs a POST body, so only a
    /// token shaped like X's (base64 or base64url characters) is answered. Such a token never contains '{' and every
    /// body <see cref="Parse"/> accepts is a JSON object, which does: no CRC answer can be the signature of a body
    /// we would accept.
    /// </summary>
    public WebhookReply? Handshake(WebhookRequest request)
    {
        if (string.IsNullOrEmpty(options.ConsumerSecret)) return WebhookReply.Text("X:ConsumerSecret is not configured", 401);
        var crc = request.Query("crc_token");
        if (crc is null || !CrcToken().IsMatch(crc))
            return WebhookReply.Problem("crc_token is not an X challenge token",
                $"crc_token must be 1 to {MaxCrcTokenLength} characters of A-Z, a-z, 0-9, '-', '_', '+', '/' and '='.", "crc_token");
        var token = Convert.ToBase64String(SignatureComparer.HmacSha256(options.ConsumerSecret, Encoding.UTF8.GetBytes(crc)));
        return WebhookReply.Json(JsonSerializer.Serialize(new Dictionary<string, string> { ["response_token"] = $"sha256={token}" }));
    }

    public WebhookVerdict Verify(WebhookRequest request)
    {
        if (string.IsNullOrEmpty(options.ConsumerSecret))
            return WebhookVerdict.Unauthorized("X:ConsumerSecret is not configured");
        var header = request.Header("x-twitter-webhooks-signature");
        if (header is null) return WebhookVerdict.Unauthorized("x-twitter-webhooks-signature is missing");
        return SignatureComparer.Base64HeaderMatches(header, options.ConsumerSecret, request.Body.Span)
            ? WebhookVerdict.Valid
            : WebhookVerdict.Unauthorized("x-twitter-webhooks-signature does not match the body");
    }

    public WebhookParseResult Parse(WebhookRequest request)
    {
        using var document = WebhookJson.Parse(request.Body);
        var root = document.RootElement;
        var brandId = root.RequiredId("for_user_id", IdShape.Numeric);
        var now = time.GetUtcNow();
        var events = new List<InboundEvent>();
        var skipped = 0;
        // One bad item makes the whole delivery a 400 naming it: nothing of a delivery is half-accepted.
        foreach (var (tweet, i) in root.Arr("tweet_create_events").Select((t, i) => (t, i)))
        {
            var inbound = WebhookFormatException.Within($"tweet_create_events[{i}]", () => XTweet.ToEvent(brandId, tweet, now));
            if (inbound is null) skipped++;
            else events.Add(inbound);
        }
        var users = root.Obj("users");
        foreach (var (dm, i) in root.Arr("direct_message_events").Select((d, i) => (d, i)))
        {
            var inbound = WebhookFormatException.Within($"direct_message_events[{i}]", () => XDirectMessage.ToEvent(brandId, dm, users, now));
            if (inbound is null) skipped++;
            else events.Add(inbound);
        }
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is "tweet_create_events" or "direct_message_events") continue;
            if (property.Value.ValueKind == JsonValueKind.Array) skipped += property.Value.GetArrayLength();
        }
        return new WebhookParseResult(events, skipped);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-+/=]{1,255}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CrcToken();
}
