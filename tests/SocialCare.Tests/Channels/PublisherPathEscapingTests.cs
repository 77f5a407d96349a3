using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Meta;
using SocialCare.Adapters.X;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Channels;

/// <summary>
/// An id that slipped past the webhook checks (or came from anywhere else) stays one path segment: the request that
/// reaches the platform, read off the wire, names the resource it was meant to and no other.
/// </summary>
public sealed class PublisherPathEscapingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);
    private FakePlatformApi api = null!;

    public async Task InitializeAsync() => api = await FakePlatformApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    public static TheoryData<string, string, string, string> HostileIds() => new()
    {
        { "x hide", "../lists/123", "PUT", "/2/tweets/..%2Flists%2F123/hidden" },
        { "x delete", "1?fields=x", "DELETE", "/2/tweets/1%3Ffields%3Dx" },
        { "x dm", "%2e%2e", "POST", "/2/dm_conversations/with/%252e%252e/messages" },
        { "facebook hide", "../lists/123", "POST", "/v21.0/..%2Flists%2F123" },
        { "facebook reply", "1?fields=x", "POST", "/v21.0/1%3Ffields%3Dx/comments" },
        { "facebook delete", "%2e%2e", "DELETE", "/v21.0/%252e%252e" },
        { "instagram hide", "a/b#c", "POST", "/v21.0/a%2Fb%23c" },
        { "instagram reply", "../lists/123", "POST", "/v21.0/..%2Flists%2F123/replies" },
        { "instagram delete", "1 2", "DELETE", "/v21.0/1%202" },
        { "whatsapp account", "../1", "POST", "/v21.0/..%2F1/messages" },
    };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task A_hostile_id_stays_inside_its_path_segment(string call, string id, string method, string target)
    {
        api.Reply(200, """{"data":{"id":"1"},"id":"1"}""");

        var result = await PublishAsync(call, id);

        Assert.True(result.Succeeded, result.Error);
        var sent = Assert.Single(api.Requests);
        Assert.Equal((method, target), (sent.Method, sent.RawTarget));
    }

    [Theory]
    [InlineData("x hide", "..")]
    [InlineData("x delete", ".")]
    [InlineData("facebook hide", "..")]
    [InlineData("facebook delete", ".")]
    [InlineData("instagram hide", "..")]
    [InlineData("whatsapp account", "..")]
    public async Task A_dot_segment_id_is_refused_without_a_call(string call, string id)
    {
        var result = await PublishAsync(call, id);

        Assert.False(result.Succeeded);
        Assert.Contains("path segment", result.Error, StringComparison.Ordinal);
        Assert.Empty(api.Requests);
    }

    private Task<PublishResult> PublishAsync(string call, string id)
    {
        var (publisher, request) = call switch
        {
            "x hide" => (X(), new PublishRequest("x:1450", PublishAction.Hide, null, InReplyTo: id)),
            "x delete" => (X(), new PublishRequest("x:1450", PublishAction.Delete, null, InReplyTo: id)),
            "x dm" => (X(), new PublishRequest("x:1450", PublishAction.Dm, "Hi", ConversationId: "dm:" + id)),
            "facebook hide" => (Facebook(), new PublishRequest("facebook:1045", PublishAction.Hide, null, InReplyTo: id)),
            "facebook reply" => (Facebook(), new PublishRequest("facebook:1045", PublishAction.Reply, "Hi", InReplyTo: id)),
            "facebook delete" => (Facebook(), new PublishRequest("facebook:1045", PublishAction.Delete, null, InReplyTo: id)),
            "instagram hide" => (Instagram(), new PublishRequest("instagram:1784", PublishAction.Hide, null, InReplyTo: id)),
            "instagram reply" => (Instagram(), new PublishRequest("instagram:1784", PublishAction.Reply, "Hi", InReplyTo: id)),
            "instagram delete" => (Instagram(), new PublishRequest("instagram:1784", PublishAction.Delete, null, InReplyTo: id)),
            "whatsapp account" => (WhatsApp(id), new PublishRequest("whatsapp:" + id, PublishAction.Dm, "Hi", TargetUserId: "16505551234", LastCustomerMessageAt: Now.AddHours(-1))),
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
        };
        return publisher.PublishAsync(request, default);
    }

    private XPublisher X() => new(api.Client(), ChannelSettings.Credentials(("Channels:x-1450:AccessToken", "user-token")), new FakeTimeProvider(Now));

    private FacebookPublisher Facebook() =>
        new(api.Client("v21.0/"), ChannelSettings.Credentials(("Channels:facebook-1045:AccessToken", "page-token")), new FakeTimeProvider(Now));

    private InstagramPublisher Instagram() =>
        new(api.Client("v21.0/"), ChannelSettings.Credentials(("Channels:instagram-1784:AccessToken", "ig-token")), new FakeTimeProvider(Now));

    private IPlatformPublisher WhatsApp(string phoneNumberId) =>
        new WhatsAppPublisher(api.Client("v21.0/"), ChannelSettings.Credentials(($"Channels:whatsapp-{phoneNumberId}:AccessToken", "wa-token")), new FakeTimeProvider(Now));
}
