using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Adapters.Vk;

/// <summary>
/// VK Callback API: the confirmation handshake (answered at once), the body's "secret" field, and community
/// messages and wall events. Every accepted delivery is answered with plain "ok", as VK requires.
/// </summary>
public sealed class VkWebhookSource(VkOptions options, TimeProvider time) : IWebhookSource
{
    private static readonly WebhookReply Ok = WebhookReply.Text("ok");

    public string Name => "vk";

    public WebhookReply? Handshake(WebhookRequest request) => null;

    public WebhookVerdict Verify(WebhookRequest request)
    {
        if (string.IsNullOrEmpty(options.Secret)) return WebhookVerdict.Unauthorized("Vk:Secret is not configured");
        string? given;
        try
        {
            using var document = WebhookJson.Parse(request.Body);
            given = document.RootElement.Str("secret");
        }
        catch (WebhookFormatException)
        {
            // Unverifiable input is refused as unauthenticated; nothing of it is trusted.
            return WebhookVerdict.Unauthorized("body is not JSON, so its secret cannot be checked");
        }
        if (given is null) return WebhookVerdict.Unauthorized("secret is missing");
        return SignatureComparer.SecretMatches(given, options.Secret)
            ? WebhookVerdict.Valid
            : WebhookVerdict.Unauthorized("secret does not match");
    }

    public WebhookParseResult Parse(WebhookRequest request)
    {
        using var document = WebhookJson.Parse(request.Body);
        var root = document.RootElement;
        var type = root.RequiredStr("type");
        if (type == "confirmation")
            return new WebhookParseResult([], ImmediateReply: string.IsNullOrEmpty(options.ConfirmationCode)
                ? WebhookReply.Text("Vk:ConfirmationCode is not configured", 500)
                : WebhookReply.Text(options.ConfirmationCode));
        var groupId = root.RequiredLong("group_id");
        var payload = root.Obj("object") ?? throw new WebhookFormatException("'object' is missing");
        var eventId = root.Id("event_id", IdShape.VkEvent);
        var inbound = type switch
        {
            "message_new" => VkMessage.ToEvent(groupId, payload.Obj("message") ?? payload, eventId, fromBrand: false, time.GetUtcNow()),
            "message_reply" => VkMessage.ToEvent(groupId, payload.Obj("message") ?? payload, eventId, fromBrand: true, time.GetUtcNow()),
            "wall_reply_new" => VkWallComment.ToEvent(groupId, payload, eventId, EventAction.Created, time.GetUtcNow()),
            "wall_reply_edit" => VkWallComment.ToEvent(groupId, payload, eventId, EventAction.Edited, time.GetUtcNow()),
            "wall_post_new" => VkWallPost.ToEvent(groupId, payload, eventId, time.GetUtcNow()),
            _ => null,
        };
        return inbound is null
            ? new WebhookParseResult([], Skipped: 1, Reply: Ok)
            : new WebhookParseResult([inbound], Reply: Ok);
    }
}
