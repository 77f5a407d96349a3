using System.Text.Json.Nodes;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Meta;

/// <summary>
/// Instagram professional account through the Graph API: reply to a comment, DM (same windows as Messenger), hide,
/// unhide or delete a comment. Posting needs a media container and blocking has no API, so both are refused.
/// </summary>
public sealed class InstagramPublisher(HttpClient http, ChannelCredentials credentials, TimeProvider time) : IPlatformPublisher
{
    private readonly GraphApi graph = new(new PlatformHttp(http, time));

    public string Platform => "instagram";

    public bool HasCredentials(string channelId) => credentials.AccessToken(channelId) is not null;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var token = credentials.AccessToken(request.ChannelId);
        if (token is null) return Task.FromResult(PublishResult.Refused($"no access token for {request.ChannelId}"));
        var igId = ChannelPublishers.AccountOf(request.ChannelId);
        return request.Action switch
        {
            PublishAction.Reply when request.InReplyTo is { } id =>
                graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{id}/replies"), new JsonObject { ["message"] = request.Text }, token, cancellationToken),
            PublishAction.Dm => SendMessageAsync(igId, request, token, cancellationToken),
            PublishAction.PrivateReply when request.InReplyTo is { } commentId => PrivateReplyAsync(igId, commentId, request, token, cancellationToken),
            PublishAction.Hide or PublishAction.Unhide when request.InReplyTo is { } id =>
                graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{id}"), new JsonObject { ["hide"] = request.Action == PublishAction.Hide }, token, cancellationToken),
            PublishAction.Delete when request.InReplyTo is { } id =>
                graph.CallAsync(HttpMethod.Delete, ApiPath.Of($"{id}"), null, token, cancellationToken),
            PublishAction.Post or PublishAction.Block =>
                Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} is not supported on instagram")),
            _ => Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} on instagram needs {MetaPublishRules.Needs(request.Action)}")),
        };
    }

    private Task<PublishResult> SendMessageAsync(string igId, PublishRequest request, string token, CancellationToken cancellationToken)
    {
        var recipient = request.TargetUserId ?? ChannelPublishers.TailOf(request.Thread);
        if (recipient is null) return Task.FromResult(PublishResult.Refused("dm on instagram needs the customer's IGSID (TargetUserId or dm:<igsid>)"));
        var body = MetaPublishRules.MessengerBody(recipient, request, time.GetUtcNow(), out var refusal);
        return body is null
            ? Task.FromResult(PublishResult.Refused(refusal!))
            : graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{igId}/messages"), body, token, cancellationToken);
    }

    private Task<PublishResult> PrivateReplyAsync(string account, string commentId, PublishRequest request, string token, CancellationToken cancellationToken)
    {
        var body = MetaPublishRules.PrivateReplyBody(commentId, request, time.GetUtcNow(), out var refusal);
        return body is null
            ? Task.FromResult(PublishResult.Refused(refusal!))
            : graph.CallAsync(HttpMethod.Post, ApiPath.Of($"{account}/messages"), body, token, cancellationToken);
    }
}
