using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Meta;
using SocialCare.Core.Publishing;

using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Channels;

public sealed class MetaPublisherTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);
    private readonly TimerClock clock = new(Now);
    private FakePlatformApi api = null!;

    public async Task InitializeAsync() => api = await FakePlatformApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    private FacebookPublisher Facebook(int maxInlineWait = 5) => new(
        ChannelSettings.Client(ChannelHttpClients.Meta, api.BaseAddress("v21.0/"), clock, maxInlineWait),
        ChannelSettings.Credentials(("Channels:facebook-1045:AccessToken", "page-token")),
        clock);

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [Fact]
    public async Task Reply_to_a_comment_posts_on_its_comments_edge_with_the_page_token()
    {
        api.Reply(200, """{"id":"1045_777"}""");

        var result = await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Reply, "We are on it", InReplyTo: "122_999"), default);

        Assert.True(result.Succeeded);
        Assert.Equal("1045_777", result.PlatformId);
        var call = Assert.Single(api.Requests);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v21.0/122_999/comments", call.PathAndQuery);
        Assert.Equal("Bearer page-token", call.Authorization);
        Assert.Equal("We are on it", Json(call.Body).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Messenger_reply_inside_24_hours_is_a_standard_response()
    {
        api.Reply(200, """{"recipient_id":"psid-1","message_id":"m_1"}""");

        var result = await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Dm, "Hi", TargetUserId: "psid-1",
            LastCustomerMessageAt: Now.AddHours(-23)), default);

        Assert.Equal("m_1", result.PlatformId);
        var call = Assert.Single(api.Requests);
        Assert.Equal("/v21.0/1045/messages", call.PathAndQuery);
        var body = Json(call.Body);
        Assert.Equal("RESPONSE", body.GetProperty("messaging_type").GetString());
        Assert.Equal("psid-1", body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("Hi", body.GetProperty("message").GetProperty("text").GetString());
        Assert.False(body.TryGetProperty("tag", out _));
    }

    [Fact]
    public async Task Messenger_reply_after_24_hours_uses_the_human_agent_tag()
    {
        api.Reply(200, """{"recipient_id":"psid-1","message_id":"m_2"}""");

        await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Dm, "Sorry for the wait", ConversationId: "dm:psid-1",
            LastCustomerMessageAt: Now.AddDays(-3)), default);

        var body = Json(Assert.Single(api.Requests).Body);
        Assert.Equal("MESSAGE_TAG", body.GetProperty("messaging_type").GetString());
        Assert.Equal("HUMAN_AGENT", body.GetProperty("tag").GetString());
        Assert.Equal("psid-1", body.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Messenger_reply_after_7_days_is_refused_with_the_reason_and_never_sent()
    {
        var result = await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Dm, "Hello?", TargetUserId: "psid-1",
            LastCustomerMessageAt: Now.AddDays(-8)), default);

        Assert.False(result.Succeeded);
        Assert.Contains("7 days", result.Error);
        Assert.Empty(api.Requests);
    }

    [Theory]
    [InlineData(PublishAction.Hide, "POST", "/v21.0/122_999", "is_hidden", true)]
    [InlineData(PublishAction.Unhide, "POST", "/v21.0/122_999", "is_hidden", false)]
    public async Task Hide_and_unhide_set_is_hidden_on_the_comment(PublishAction action, string method, string path, string field, bool value)
    {
        api.Reply(200, """{"success":true}""");

        var result = await Facebook().PublishAsync(new PublishRequest("facebook:1045", action, null, InReplyTo: "122_999"), default);

        Assert.True(result.Succeeded);
        var call = Assert.Single(api.Requests);
        Assert.Equal(method, call.Method);
        Assert.Equal(path, call.PathAndQuery);
        Assert.Equal(value, Json(call.Body).GetProperty(field).GetBoolean());
    }

    [Fact]
    public async Task Delete_removes_the_comment()
    {
        api.Reply(200, """{"success":true}""");
        await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Delete, null, InReplyTo: "122_999"), default);
        var call = Assert.Single(api.Requests);
        Assert.Equal(("DELETE", "/v21.0/122_999"), (call.Method, call.PathAndQuery));
    }

    [Fact]
    public async Task Block_and_page_post_use_the_page_edges()
    {
        api.Reply(200, """{"psid-9":true}""");
        api.Reply(200, """{"id":"1045_5"}""");

        await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Block, null, TargetUserId: "psid-9"), default);
        var post = await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Post, "We're online", Announcement: "opening:2026-11-23"), default);

        Assert.Equal("/v21.0/1045/blocked", api.Requests[0].PathAndQuery);
        Assert.Equal("psid-9", Json(api.Requests[0].Body).GetProperty("psid")[0].GetString());
        Assert.Equal("/v21.0/1045/feed", api.Requests[1].PathAndQuery);
        Assert.Equal("We're online", Json(api.Requests[1].Body).GetProperty("message").GetString());
        Assert.Equal("1045_5", post.PlatformId);
    }

    [Fact]
    public async Task A_graph_error_is_returned_with_its_message_and_status()
    {
        api.Reply(400, """{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"fbtrace_id":"A1"}}""");

        var result = await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Reply, "x", InReplyTo: "1"), default);

        Assert.False(result.Succeeded);
        Assert.Equal(400, result.PlatformStatus);
        Assert.Contains("(#100) Invalid parameter", result.Error);
        Assert.Contains("OAuthException", result.Error);
    }

    [Fact]
    public async Task A_short_rate_limit_is_waited_out_once_inside_the_call()
    {
        api.Reply(429, """{"error":{"message":"slow down","code":4}}""", new Dictionary<string, string> { ["Retry-After"] = "0" });
        api.Reply(200, """{"id":"ok"}""");

        var result = await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Reply, "x", InReplyTo: "1"), default);

        Assert.True(result.Succeeded);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_rate_limit_that_persists_is_returned_with_its_retry_after()
    {
        api.Reply(429, """{"error":{"message":"slow down","code":4}}""", new Dictionary<string, string> { ["Retry-After"] = "0" });
        api.Reply(429, """{"error":{"message":"still slow","code":4}}""", new Dictionary<string, string> { ["Retry-After"] = "0" });

        var result = await Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Reply, "x", InReplyTo: "1"), default);

        Assert.False(result.Succeeded);
        Assert.Equal(429, result.PlatformStatus);
        Assert.Equal(TimeSpan.Zero, result.RetryAfter);
        Assert.Contains("still slow", result.Error);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_long_rate_limit_is_not_waited_inside_the_call()
    {
        api.Reply(429, "{}", new Dictionary<string, string> { ["Retry-After"] = "120" });

        var result = await Facebook(maxInlineWait: 5).PublishAsync(new PublishRequest("facebook:1045", PublishAction.Reply, "x", InReplyTo: "1"), default);

        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_rate_limit_wait_uses_the_injected_clock()
    {
        api.Reply(429, "{}", new Dictionary<string, string> { ["Retry-After"] = "3" });
        api.Reply(200, """{"id":"after-wait"}""");

        var publishing = Facebook().PublishAsync(new PublishRequest("facebook:1045", PublishAction.Reply, "x", InReplyTo: "1"), default);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        Assert.Single(api.Requests);
        Assert.False(publishing.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("after-wait", (await publishing).PlatformId);
    }

    [Fact]
    public async Task Instagram_replies_messages_and_hides_on_its_own_edges()
    {
        var sut = new InstagramPublisher(api.Client("v21.0/"), ChannelSettings.Credentials(("Channels:instagram-1784:AccessToken", "ig-token")), clock);
        api.Reply(200, """{"id":"c2"}""");
        api.Reply(200, """{"recipient_id":"igsid","message_id":"m3"}""");
        api.Reply(200, """{"success":true}""");

        await sut.PublishAsync(new PublishRequest("instagram:1784", PublishAction.Reply, "Thanks!", InReplyTo: "1786"), default);
        await sut.PublishAsync(new PublishRequest("instagram:1784", PublishAction.Dm, "DM", TargetUserId: "igsid", LastCustomerMessageAt: Now.AddMinutes(-5)), default);
        await sut.PublishAsync(new PublishRequest("instagram:1784", PublishAction.Hide, null, InReplyTo: "1786"), default);

        Assert.Equal("/v21.0/1786/replies", api.Requests[0].PathAndQuery);
        Assert.Equal("/v21.0/1784/messages", api.Requests[1].PathAndQuery);
        Assert.Equal("RESPONSE", Json(api.Requests[1].Body).GetProperty("messaging_type").GetString());
        Assert.Equal("/v21.0/1786", api.Requests[2].PathAndQuery);
        Assert.True(Json(api.Requests[2].Body).GetProperty("hide").GetBoolean());
        Assert.All(api.Requests, r => Assert.Equal("Bearer ig-token", r.Authorization));
    }

    [Fact]
    public async Task Whatsapp_sends_a_text_inside_the_window_and_refuses_after_24_hours()
    {
        var sut = new WhatsAppPublisher(api.Client("v21.0/"), ChannelSettings.Credentials(("Channels:whatsapp-1065:AccessToken", "wa-token")), clock);
        api.Reply(200, """{"messaging_product":"whatsapp","contacts":[{"input":"16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.OUT"}]}""");

        var sent = await sut.PublishAsync(new PublishRequest("whatsapp:1065", PublishAction.Reply, "Yes, in blue", InReplyTo: "wamid.IN",
            ConversationId: "dm:16505551234", LastCustomerMessageAt: Now.AddHours(-2)), default);
        var late = await sut.PublishAsync(new PublishRequest("whatsapp:1065", PublishAction.Dm, "Still there?", TargetUserId: "16505551234",
            LastCustomerMessageAt: Now.AddHours(-25)), default);

        Assert.Equal("wamid.OUT", sent.PlatformId);
        var call = Assert.Single(api.Requests);
        Assert.Equal("/v21.0/1065/messages", call.PathAndQuery);
        Assert.Equal("Bearer wa-token", call.Authorization);
        var body = Json(call.Body);
        Assert.Equal("whatsapp", body.GetProperty("messaging_product").GetString());
        Assert.Equal("16505551234", body.GetProperty("to").GetString());
        Assert.Equal("Yes, in blue", body.GetProperty("text").GetProperty("body").GetString());
        Assert.Equal("wamid.IN", body.GetProperty("context").GetProperty("message_id").GetString());
        Assert.False(late.Succeeded);
        Assert.Contains("24 hours", late.Error);
    }
}
