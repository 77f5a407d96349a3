using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Telegram;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

public sealed class TelegramWebhookSourceTests
{
    private const string Secret = "tg-secret-for-tests";
    private readonly TelegramWebhookSource sut = new(
        new TelegramOptions { SecretToken = Secret, BotUsername = "AcmeHelpBot", BotToken = "7712345678:AAE-secret-part" },
        new FakeTimeProvider());

    private WebhookParseResult ParseSigned(string fixture)
    {
        var request = WebhookFixtures.Request(WebhookFixtures.Load("telegram", fixture), new Dictionary<string, string> { ["X-Telegram-Bot-Api-Secret-Token"] = Secret });
        Assert.True(sut.Verify(request).IsValid);
        return sut.Parse(request);
    }

    [Theory]
    [InlineData("private_message", EventKind.DirectMessage, "6123456789", "dm:6123456789", "telegram:915763402", EventAction.Created, false)]
    [InlineData("edited_message", EventKind.DirectMessage, "6123456789", "dm:6123456789", "telegram:915763403", EventAction.Edited, false)]
    [InlineData("group_mention", EventKind.Mention, "5000000001", "chat:-1001234567890", "telegram:915763404", EventAction.Created, false)]
    [InlineData("channel_post", EventKind.Post, "-1009876543210", "channel:-1009876543210", "telegram:915763406", EventAction.Created, true)]
    public void Signed_fixture_becomes_one_event_on_the_bot_channel(
        string fixture, EventKind kind, string authorId, string conversationKey, string eventId, EventAction action, bool fromBrand)
    {
        var e = Assert.Single(ParseSigned(fixture).Events);

        Assert.Equal("telegram:7712345678", e.ChannelId);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(authorId, e.Author.Id);
        Assert.Equal(conversationKey, e.ConversationKey);
        Assert.Equal(eventId, e.EventId);
        Assert.Equal(action, e.Action);
        Assert.Equal(fromBrand, e.FromBrand);
    }

    [Fact]
    public void Private_message_keeps_name_text_message_id_and_time()
    {
        var e = Assert.Single(ParseSigned("private_message").Events);

        Assert.Equal("Olga K", e.Author.Name);
        Assert.Equal("Здравствуйте! Где мой заказ?", e.Text);
        Assert.Equal("5521", e.RawEventId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763915500), e.CreatedAt);
    }

    [Fact]
    public void Group_mention_links_to_the_public_message() =>
        Assert.Equal("https://t.me/acmefans/88", Assert.Single(ParseSigned("group_mention").Events).Permalink);

    [Fact]
    public void Group_chatter_that_does_not_address_the_bot_is_skipped()
    {
        var result = ParseSigned("group_chatter");
        Assert.Empty(result.Events);
        Assert.Equal(1, result.Skipped);
    }

    [Fact]
    public void Bot_id_may_come_from_its_own_setting()
    {
        var source = new TelegramWebhookSource(new TelegramOptions { SecretToken = Secret, BotId = 42 }, new FakeTimeProvider());
        var request = WebhookFixtures.Request(WebhookFixtures.Load("telegram", "private_message"));
        Assert.Equal("telegram:42", Assert.Single(source.Parse(request).Events).ChannelId);
    }

    [Fact]
    public void Ids_beyond_32_bits_survive()
    {
        var body = """{"update_id":9007199254740993,"message":{"message_id":1,"from":{"id":9007199254740993,"first_name":"Big"},"chat":{"id":9007199254740993,"type":"private"},"date":1763915500,"text":"hi"}}""";
        var e = Assert.Single(sut.Parse(WebhookFixtures.Request(body)).Events);
        Assert.Equal("telegram:9007199254740993", e.EventId);
        Assert.Equal("dm:9007199254740993", e.ConversationKey);
    }

    [Fact]
    public void Wrong_secret_is_unauthorized() =>
        Assert.Equal(401, sut.Verify(WebhookFixtures.Request(WebhookFixtures.Load("telegram", "private_message"),
            new Dictionary<string, string> { ["X-Telegram-Bot-Api-Secret-Token"] = "guess" })).StatusCode);

    [Fact]
    public void Missing_secret_is_unauthorized() =>
        Assert.Equal(401, sut.Verify(WebhookFixtures.Request(WebhookFixtures.Load("telegram", "private_message"))).StatusCode);

    [Fact]
    public void Without_a_configured_secret_every_post_is_unauthorized() =>
        Assert.Equal(401, new TelegramWebhookSource(new TelegramOptions(), TimeProvider.System)
            .Verify(WebhookFixtures.Request(WebhookFixtures.Load("telegram", "private_message"),
                new Dictionary<string, string> { ["X-Telegram-Bot-Api-Secret-Token"] = "" })).StatusCode);

    [Fact]
    public void Telegram_has_no_get_handshake() => Assert.Null(sut.Handshake(WebhookFixtures.Request([])));

    [Fact]
    public void An_update_type_we_do_not_handle_is_skipped() =>
        Assert.Equal(1, sut.Parse(WebhookFixtures.Request("""{"update_id":5,"callback_query":{"id":"1"}}""")).Skipped);

    [Theory]
    [InlineData("{\"update_id\":\"x\"}")]
    [InlineData("{\"update_id\":1,\"message\":{\"message_id\":1}}")]
    [InlineData("nope")]
    public void Malformed_bodies_are_format_errors(string body) =>
        Assert.Throws<WebhookFormatException>(() => sut.Parse(WebhookFixtures.Request(body)));
}
