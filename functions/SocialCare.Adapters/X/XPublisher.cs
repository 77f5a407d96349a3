using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.X;

/// <summary>
/// X API v2 with the channel's OAuth 2.0 user-context bearer token: post and reply (<c>POST /2/tweets</c>), DM
/// (<c>POST /2/dm_conversations/with/{id}/messages</c>), hide/unhide a reply, delete the brand's tweet, block a user.
/// </summary>
public sealed class XPublisher(HttpClient http, ChannelCredentials credentials, TimeProvider time) : IPlatformPublisher
{
    private readonly PlatformHttp platform = new(http, time);

    public string Platform => "x";

    public bool HasCredentials(string channelId) => credentials.AccessToken(channelId) is not null;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var token = credentials.AccessToken(request.ChannelId);
        if (token is null) return Task.FromResult(PublishResult.Refused($"no access token for {request.ChannelId}"));
        var brandId = ChannelPublishers.AccountOf(request.ChannelId);
        var target = request.TargetUserId ?? ChannelPublishers.TailOf(request.Thread);
        return request.Action switch
        {
            PublishAction.Post => CallAsync(HttpMethod.Post, "2/tweets", new JsonObject { ["text"] = request.Text }, token, "id", cancellationToken),
            PublishAction.Reply when request.InReplyTo is { } id => CallAsync(HttpMethod.Post, "2/tweets", new JsonObject
            {
                ["text"] = request.Text,
                ["reply"] = new JsonObject { ["in_reply_to_tweet_id"] = id },
            }, token, "id", cancellationToken),
            PublishAction.Dm when target is not null =>
                CallAsync(HttpMethod.Post, ApiPath.Of($"2/dm_conversations/with/{target}/messages"), new JsonObject { ["text"] = request.Text }, token, "dm_event_id", cancellationToken),
            PublishAction.Hide or PublishAction.Unhide when request.InReplyTo is { } id =>
                CallAsync(HttpMethod.Put, ApiPath.Of($"2/tweets/{id}/hidden"), new JsonObject { ["hidden"] = request.Action == PublishAction.Hide }, token, null, cancellationToken),
            PublishAction.Delete when request.InReplyTo is { } id => CallAsync(HttpMethod.Delete, ApiPath.Of($"2/tweets/{id}"), null, token, null, cancellationToken),
            PublishAction.Block when request.TargetUserId is { } user =>
                CallAsync(HttpMethod.Post, ApiPath.Of($"2/users/{brandId}/blocking"), new JsonObject { ["target_user_id"] = user }, token, null, cancellationToken),
            _ => Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} on x needs {(request.Action is PublishAction.Dm or PublishAction.Block ? "TargetUserId" : "InReplyTo (the tweet id)")}")),
        };
    }

    /// <param name="path">Built by <see cref="ApiPath.Of"/>; null refuses the call.</param>
    private async Task<PublishResult> CallAsync(HttpMethod method, string? path, JsonObject? body, string token, string? idField, CancellationToken cancellationToken)
    {
        if (path is null) return PublishResult.Refused(ApiPath.Unusable);
        var json = body?.ToJsonString();
        var response = await platform.SendAsync(() =>
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }, cancellationToken);
        if (!response.IsSuccess) return PublishResult.Failed(ErrorOf(response), response.Status, response.RetryAfter);
        var data = response.Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        return PublishResult.Published(idField is null ? null : data?.Str(idField), response.Status);
    }

    private static string ErrorOf(PlatformResponse response)
    {
        if (response.Body is { ValueKind: JsonValueKind.Object } b)
        {
            if (b.Str("detail") is { } detail) return $"{b.Str("title") ?? "X API error"}: {detail}";
            if (b.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
                && errors[0].ValueKind == JsonValueKind.Object)
                return errors[0].Str("message") ?? errors[0].Str("detail") ?? "X API error";
        }
        return $"X API answered {response.Status}: {(response.RawBody.Length <= 300 ? response.RawBody : response.RawBody[..300])}";
    }
}
