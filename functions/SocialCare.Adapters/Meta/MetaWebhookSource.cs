using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// Meta webhooks for Facebook pages (feed and Messenger), Instagram and WhatsApp. One event per entry change or
/// messaging item, so a batch of many entries becomes many queue messages.
/// </summary>
public sealed class MetaWebhookSource(MetaOptions options, TimeProvider time) : IWebhookSource
{
    public string Name => "meta";

    public WebhookReply? Handshake(WebhookRequest request)
    {
        var token = request.Query("hub.verify_token");
        var valid = request.Query("hub.mode") == "subscribe"
            && !string.IsNullOrEmpty(options.VerifyToken)
            && SignatureComparer.SecretMatches(token, options.VerifyToken);
        return valid
            ? WebhookReply.Text(request.Query("hub.challenge") ?? "")
            : WebhookReply.Text("verify token mismatch", 403);
    }

    public WebhookVerdict Verify(WebhookRequest request)
    {
        if (string.IsNullOrEmpty(options.AppSecret))
            return WebhookVerdict.Unauthorized("Meta:AppSecret is not configured");
        var header = request.Header("X-Hub-Signature-256");
        if (header is null) return WebhookVerdict.Unauthorized("X-Hub-Signature-256 is missing");
        return SignatureComparer.HexHeaderMatches(header, options.AppSecret, request.Body.Span)
            ? WebhookVerdict.Valid
            : WebhookVerdict.Unauthorized("X-Hub-Signature-256 does not match the body");
    }

    public WebhookParseResult Parse(WebhookRequest request)
    {
        using var document = WebhookJson.Parse(request.Body);
        var root = document.RootElement;
        var platform = root.RequiredStr("object") switch
        {
            "page" => "facebook",
            "instagram" => "instagram",
            "whatsapp_business_account" => "whatsapp",
            _ => null,
        };
        var batch = new MetaBatch(time.GetUtcNow());
        if (platform is null)
        {
            batch.Skip(root.Arr("entry").Count());
            return batch.Result();
        }
        // One bad item makes the whole delivery a 400 naming it: nothing of a delivery is half-accepted.
        foreach (var (entry, i) in root.Arr("entry").Select((e, i) => (e, i)))
        {
            if (entry.ValueKind != JsonValueKind.Object) throw new WebhookFormatException("'entry' items are not objects");
            WebhookFormatException.Within($"entry[{i}]", () => ParseEntry(platform, entry, batch));
        }
        return batch.Result();
    }

    private static void ParseEntry(string platform, JsonElement entry, MetaBatch batch)
    {
        var accountId = entry.RequiredId("id", IdShape.Numeric);
        var entryTime = entry.UnixMillisOrSeconds("time") ?? batch.Now;
        foreach (var (change, j) in entry.Arr("changes").Select((c, j) => (c, j)))
            WebhookFormatException.Within($"changes[{j}]", () => ParseChange(platform, accountId, change, entryTime, batch));
        foreach (var (item, j) in entry.Arr("messaging").Select((m, j) => (m, j)))
            batch.Add(WebhookFormatException.Within($"messaging[{j}]", () => MetaMessagingItem.ToEvent(platform, accountId, item, entryTime)));
    }

    private static void ParseChange(string platform, string accountId, JsonElement change, DateTimeOffset entryTime, MetaBatch batch)
    {
        var field = change.RequiredStr("field");
        var value = change.Obj("value") ?? throw new WebhookFormatException("'value' is missing");
        WebhookFormatException.Within("value", () =>
        {
            switch (platform, field)
            {
                case ("facebook", "feed"):
                    batch.Add(PageFeedChange.ToEvent(accountId, value, entryTime));
                    break;
                case ("instagram", "comments" or "live_comments"):
                    batch.Add(InstagramChange.Comment(accountId, value, entryTime));
                    break;
                case ("instagram", "mentions"):
                    batch.Add(InstagramChange.Mention(accountId, value, entryTime));
                    break;
                case ("whatsapp", "messages"):
                    WhatsAppChange.Collect(value, batch);
                    break;
                default:
                    batch.Skip();
                    break;
            }
        });
    }
}
