using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Telegram;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Channels;

public sealed class TelegramPublisherTests : IAsyncLifetime
{
    private FakePlatformApi api = null!;

    public async Task InitializeAsync() => api = await FakePlatformApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    private TelegramPublisher Sut()
    {
        var clock = new FakeTimeProvider();
        return new(ChannelSettings.Client(ChannelHttpClients.Telegram, api.BaseAddress(), clock), ChannelSettings.Credentials(
            ("Channels:telegram-7712:AccessToken", "7712:AAE-token"),
            ("Channels:telegram-7712:PostChatId", "@acmenews")), clock);
    }

    [Fact]
    public async Task Reply_sends_a_message_in_the_chat_quoting_the_customer_message()
    {
        api.Reply(200, """{"ok":true,"result":{"message_id":5522,"chat":{"id":-1001234567890,"type":"supergroup"},"date":1763915700,"text":"Hi"}}""");

        var result = await Sut().PublishAsync(new PublishRequest("telegram:7712", PublishAction.Reply, "Hi", InReplyTo: "88", ConversationId: "chat:-1001234567890"), default);

        Assert.Equal("5522", result.PlatformId);
        var call = Assert.Single(api.Requests);
        Assert.Equal(("POST", "/bot7712:AAE-token/sendMessage"), (call.Method, call.PathAndQuery));
        var body = JsonDocument.Parse(call.Body).RootElement;
        Assert.Equal(-1001234567890, body.GetProperty("chat_id").GetInt64());
        Assert.Equal("Hi", body.GetProperty("text").GetString());
        Assert.Equal(88, body.GetProperty("reply_parameters").GetProperty("message_id").GetInt64());
    }

    [Fact]
    public async Task Post_goes_to_the_configured_channel()
    {
        api.Reply(200, """{"ok":true,"result":{"message_id":311}}""");

        await Sut().PublishAsync(new PublishRequest("telegram:7712", PublishAction.Post, "We're online", Announcement: "opening:2026-11-23"), default);

        var body = JsonDocument.Parse(Assert.Single(api.Requests).Body).RootElement;
        Assert.Equal("@acmenews", body.GetProperty("chat_id").GetString());
        Assert.False(body.TryGetProperty("reply_parameters", out _));
    }

    [Fact]
    public async Task A_bot_api_error_is_returned_with_its_description_and_retry_after()
    {
        api.Reply(429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 30","parameters":{"retry_after":30}}""");

        var result = await Sut().PublishAsync(new PublishRequest("telegram:7712", PublishAction.Dm, "Hi", TargetUserId: "6123456789"), default);

        Assert.False(result.Succeeded);
        Assert.Equal("Too Many Requests: retry after 30", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(30), result.RetryAfter);
        Assert.DoesNotContain("AAE-token", result.Error);
    }

    [Fact]
    public async Task Hiding_is_refused_because_telegram_has_no_such_call()
    {
        var result = await Sut().PublishAsync(new PublishRequest("telegram:7712", PublishAction.Hide, null, InReplyTo: "1", ConversationId: "chat:-1"), default);
        Assert.False(result.Succeeded);
        Assert.Empty(api.Requests);
    }
}
