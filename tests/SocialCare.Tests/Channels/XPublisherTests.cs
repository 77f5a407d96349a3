using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.X;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Channels;

public sealed class XPublisherTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);
    private FakePlatformApi api = null!;

    public async Task InitializeAsync() => api = await FakePlatformApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    private XPublisher Sut()
    {
        var clock = new FakeTimeProvider(Now);
        return new(ChannelSettings.Client(ChannelHttpClients.X, api.BaseAddress(), clock), ChannelSettings.Credentials(("Channels:x-1450:AccessToken", "user-token")), clock);
    }

    [Fact]
    public async Task Reply_posts_a_tweet_in_reply_to_the_customer_tweet()
    {
        api.Reply(201, """{"data":{"id":"1861","text":"@rileyp on it"}}""");

        var result = await Sut().PublishAsync(new PublishRequest("x:1450", PublishAction.Reply, "@rileyp on it", InReplyTo: "1860"), default);

        Assert.Equal("1861", result.PlatformId);
        var call = Assert.Single(api.Requests);
        Assert.Equal(("POST", "/2/tweets", "Bearer user-token"), (call.Method, call.PathAndQuery, call.Authorization));
        var body = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal("@rileyp on it", body.GetProperty("text").GetString());
        Assert.Equal("1860", body.GetProperty("reply").GetProperty("in_reply_to_tweet_id").GetString());
    }

    [Fact]
    public async Task Dm_goes_to_the_conversation_with_the_customer()
    {
        api.Reply(201, """{"data":{"dm_conversation_id":"1450-987","dm_event_id":"1862"}}""");

        var result = await Sut().PublishAsync(new PublishRequest("x:1450", PublishAction.Dm, "Got it", ConversationId: "dm:987"), default);

        Assert.Equal("1862", result.PlatformId);
        Assert.Equal("/2/dm_conversations/with/987/messages", Assert.Single(api.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Hide_puts_hidden_true_on_the_reply()
    {
        api.Reply(200, """{"data":{"hidden":true}}""");

        await Sut().PublishAsync(new PublishRequest("x:1450", PublishAction.Hide, null, InReplyTo: "1860"), default);

        var call = Assert.Single(api.Requests);
        Assert.Equal(("PUT", "/2/tweets/1860/hidden"), (call.Method, call.PathAndQuery));
        Assert.True(JsonDocument.Parse(call.Body).RootElement.GetProperty("hidden").GetBoolean());
    }

    [Fact]
    public async Task An_api_problem_is_returned_with_its_detail()
    {
        api.Reply(403, """{"title":"Forbidden","type":"about:blank","status":403,"detail":"You are not permitted to perform this action."}""");

        var result = await Sut().PublishAsync(new PublishRequest("x:1450", PublishAction.Post, "hello"), default);

        Assert.False(result.Succeeded);
        Assert.Equal(403, result.PlatformStatus);
        Assert.Equal("Forbidden: You are not permitted to perform this action.", result.Error);
    }

    [Fact]
    public async Task A_rate_limit_reset_header_becomes_the_retry_after()
    {
        var reset = Now.AddMinutes(15).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        api.Reply(429, """{"title":"Too Many Requests","detail":"Too Many Requests","status":429}""", new Dictionary<string, string> { ["x-rate-limit-reset"] = reset });

        var result = await Sut().PublishAsync(new PublishRequest("x:1450", PublishAction.Post, "hello"), default);

        Assert.Equal(TimeSpan.FromMinutes(15), result.RetryAfter);
        Assert.Single(api.Requests);
    }
}
