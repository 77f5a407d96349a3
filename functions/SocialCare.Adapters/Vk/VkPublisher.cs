using System.Globalization;
using System.Text.Json;
using SocialCare.Adapters.Channels;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Vk;

/// <summary>
/// VK API methods with the community token (form POST, token and "v" in the body, never in the URL):
/// messages.send (random_id makes the one retry idempotent), wall.createComment (the post is the conversation key
/// tail), wall.post, wall.deleteComment, groups.ban. VK reports errors inside a 200 body: they become failures.
/// </summary>
public sealed class VkPublisher(HttpClient http, ChannelCredentials credentials, TimeProvider time, VkOptions vk) : IPlatformPublisher
{
    private readonly PlatformHttp platform = new(http, time);

    public string Platform => "vk";

    public bool HasCredentials(string channelId) => credentials.AccessToken(channelId) is not null;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var token = credentials.AccessToken(request.ChannelId);
        if (token is null) return Task.FromResult(PublishResult.Refused($"no access token for {request.ChannelId}"));
        var groupId = ChannelPublishers.AccountOf(request.ChannelId);
        var ownerId = "-" + groupId;
        var text = request.Text ?? "";
        var post = ChannelPublishers.TailOf(request.Thread);
        return request.Action switch
        {
            PublishAction.Dm when (request.TargetUserId ?? post) is { } peer => CallAsync(token, "messages.send", new()
            {
                ["peer_id"] = peer,
                ["message"] = text,
                ["random_id"] = Random.Shared.Next(1, int.MaxValue).ToString(CultureInfo.InvariantCulture),
                ["reply_to"] = request.InReplyTo,
            }, cancellationToken),
            PublishAction.Reply when post is not null => CallAsync(token, "wall.createComment", new()
            {
                ["owner_id"] = ownerId,
                ["post_id"] = post,
                ["from_group"] = groupId,
                ["message"] = text,
                ["reply_to_comment"] = request.InReplyTo == post ? null : request.InReplyTo,
            }, cancellationToken),
            PublishAction.Post => CallAsync(token, "wall.post", new()
            {
                ["owner_id"] = ownerId,
                ["from_group"] = "1",
                ["message"] = text,
            }, cancellationToken),
            PublishAction.Delete when request.InReplyTo is { } comment => CallAsync(token, "wall.deleteComment", new()
            {
                ["owner_id"] = ownerId,
                ["comment_id"] = comment,
            }, cancellationToken),
            PublishAction.Block when request.TargetUserId is { } user => CallAsync(token, "groups.ban", new()
            {
                ["group_id"] = groupId,
                ["owner_id"] = user,
            }, cancellationToken),
            _ => Task.FromResult(PublishResult.Refused($"{request.Action.WireName()} is not supported on vk with these ids")),
        };
    }

    private async Task<PublishResult> CallAsync(string token, string method, Dictionary<string, string?> parameters, CancellationToken cancellationToken)
    {
        var form = parameters.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).ToList();
        form.Add(new("access_token", token));
        form.Add(new("v", vk.ApiVersion));
        var response = await platform.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, method) { Content = new FormUrlEncodedContent(form) },
            cancellationToken);
        if (response.Body is { ValueKind: JsonValueKind.Object } body && body.Obj("error") is { } error)
            return PublishResult.Failed($"{error.Str("error_msg") ?? "VK API error"} (code {error.Str("error_code") ?? "?"})", (int?)error.Long("error_code"), response.RetryAfter);
        if (!response.IsSuccess)
            return PublishResult.Failed($"VK answered {response.Status}", response.Status, response.RetryAfter);
        return PublishResult.Published(IdOf(response.Body), response.Status);
    }

    private static string? IdOf(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } b || !b.TryGetProperty("response", out var r)) return null;
        return r.ValueKind switch
        {
            JsonValueKind.Number => r.GetRawText(),
            JsonValueKind.Object => r.Str("comment_id") ?? r.Str("post_id") ?? r.Str("message_id"),
            _ => null,
        };
    }
}
