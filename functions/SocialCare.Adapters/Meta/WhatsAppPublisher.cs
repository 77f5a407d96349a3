using System.Text.Json.Nodes;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// WhatsApp Cloud API: a text message to the customer's number inside the 24-hour customer service window (a reply
/// quotes <see cref="PublishRequest.InReplyTo"/> as context). Outside the window only templates are allowed: refused.
/// </summary>
public sealed class WhatsAppPublisher(HttpClient http, ChannelCredentials credentials, TimeProvider time) : IPlatformPublisher
{
    private readonly GraphApi graph = new(new PlatformHttp(http, time));

    public string Platform => "whatsapp";

    public bool HasCredentials(string channelId) => credentials.AccessToken(channelId) is not null;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var token = credentials.AccessToken(request.ChannelId);
        if (token is null) return Task.FromResult(PublishResult.Refused($"no access token for {request.ChannelId}"));
        if (request.Action is not (PublishAction.Dm or PublishAction.Reply))
            return Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} is not supported on whatsapp"));
        var to = request.TargetUserId ?? ChannelPublishers.TailOf(request.Thread);
        if (to is null) return Task.FromResult(PublishResult.Refused("whatsapp needs the customer's wa_id (TargetUserId or dm:<wa_id>)"));
        var refusal = MessagingWindow.RefusalReason(request.LastCustomerMessageAt, time.GetUtcNow(), humanAgentAllowed: false);
        if (refusal is not null) return Task.FromResult(PublishResult.Refused(refusal));
        var body = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = to,
            ["type"] = "text",
            ["text"] = new JsonObject { ["preview_url"] = false, ["body"] = request.Text },
        };
        if (request.InReplyTo is { } quoted) body["context"] = new JsonObject { ["message_id"] = quoted };
        var phoneNumberId = ChannelPublishers.AccountOf(request.ChannelId);
        return graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{phoneNumberId}/messages"), body, token, cancellationToken);
    }
}
