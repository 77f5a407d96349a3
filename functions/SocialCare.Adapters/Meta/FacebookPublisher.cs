using System.Text.Json.Nodes;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// Facebook page and Messenger through the Graph API with the channel's Page access token. Messenger DMs go out as
/// RESPONSE within 24 hours of the customer's last message, with the HUMAN_AGENT tag up to 7 days, and are refused after.
/// </summary>
public sealed class FacebookPublisher(HttpClient http, ChannelCredentials credentials, TimeProvider time) : IPlatformPublisher
{
    private readonly GraphApi graph = new(new PlatformHttp(http, time));

    public string Platform => "facebook";

    public bool HasCredentials(string channelId) => credentials.AccessToken(channelId) is not null;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var token = credentials.AccessToken(request.ChannelId);
        if (token is null) return Task.FromResult(PublishResult.Refused($"no access token for {request.ChannelId}"));
        var pageId = ChannelPublishers.AccountOf(request.ChannelId);
        return request.Action switch
        {
            PublishAction.Reply when request.InReplyTo is { } id =>
                graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{id}/comments"), new JsonObject { ["message"] = request.Text }, token, cancellationToken),
            PublishAction.Dm => SendMessageAsync(pageId, request, token, cancellationToken),
            PublishAction.PrivateReply when request.InReplyTo is { } commentId => PrivateReplyAsync(pageId, commentId, request, token, cancellationToken),
            PublishAction.Post =>
                graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{pageId}/feed"), new JsonObject { ["message"] = request.Text }, token, cancellationToken),
            PublishAction.Hide or PublishAction.Unhide when request.InReplyTo is { } id =>
                graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{id}"), new JsonObject { ["is_hidden"] = request.Action == PublishAction.Hide }, token, cancellationToken),
            PublishAction.Delete when request.InReplyTo is { } id =>
                graph.CallAsync(HttpMethod.Delete, ApiPath.Of($"{id}"), null, token, cancellationToken),
            PublishAction.Block when request.TargetUserId is { } user =>
                graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{pageId}/blocked"), new JsonObject { ["psid"] = new JsonArray(user) }, token, cancellationToken),
            _ => Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} on facebook needs {MetaPublishRules.Needs(request.Action)}")),
        };
    }

    private Task<PublishResult> SendMessageAsync(string pageId, PublishRequest request, string token, CancellationToken cancellationToken)
    {
        var recipient = request.TargetUserId ?? ChannelPublishers.TailOf(request.Thread);
        if (recipient is null) return Task.FromResult(PublishResult.Refused("dm on facebook needs the customer's PSID (TargetUserId or dm:<psid>)"));
        var body = MetaPublishRules.MessengerBody(recipient, request, time.GetUtcNow(), out var refusal);
        return body is null
            ? Task.FromResult(PublishResult.Refused(refusal!))
            : graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{pageId}/messages"), body, token, cancellationToken);
    }

    private Task<PublishResult> PrivateReplyAsync(string account, string commentId, PublishRequest request, string token, CancellationToken cancellationToken)
    {
        var body = MetaPublishRules.PrivateReplyBody(commentId, request, time.GetUtcNow(), out var refusal);
        return body is null
            ? Task.FromResult(PublishResult.Refused(refusal!))
            : graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{account}/messages"), body, token, cancellationToken);
    }
}
