using System.Text;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Vk;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

public sealed class VkWebhookSourceTests
{
    private const string Secret = "vk-secret-for-tests";
    private readonly VkWebhookSource sut = new(new VkOptions { Secret = Secret, ConfirmationCode = "c0nf1rm" }, new FakeTimeProvider());

    private static WebhookRequest Fixture(string name, string secret = Secret) =>
        WebhookFixtures.Request(Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(WebhookFixtures.Load("vk", name)).Replace("SECRET_PLACEHOLDER", secret, StringComparison.Ordinal)));

    private WebhookParseResult ParseSigned(string name)
    {
        var request = Fixture(name);
        Assert.True(sut.Verify(request).IsValid);
        return sut.Parse(request);
    }

    [Theory]
    [InlineData("message_new", EventKind.DirectMessage, "412345678", "dm:412345678", "vk:5d1c7b0e3a9f2c6b1d4e8a7f0c3b2a1d9e8f7a6b", false)]
    [InlineData("wall_reply_new", EventKind.Comment, "498765432", "post:1203", "vk:a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", false)]
    [InlineData("wall_post_new", EventKind.Post, "498765432", "post:1204", "vk:0f9e8d7c6b5a49382716f5e4d3c2b1a098765432", false)]
    public void Signed_fixture_becomes_one_event_on_the_community_and_answers_ok(
        string fixture, EventKind kind, string authorId, string conversationKey, string eventId, bool fromBrand)
    {
        var result = ParseSigned(fixture);

        var e = Assert.Single(result.Events);
        Assert.Equal("vk:218765432", e.ChannelId);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(authorId, e.Author.Id);
        Assert.Equal(conversationKey, e.ConversationKey);
        Assert.Equal(eventId, e.EventId);
        Assert.Equal(fromBrand, e.FromBrand);
        Assert.Equal("ok", result.Reply!.Body);
    }

    [Fact]
    public void Wall_comment_links_to_the_post_and_names_the_post_it_answers()
    {
        var e = Assert.Single(ParseSigned("wall_reply_new").Events);
        Assert.Equal("https://vk.com/wall-218765432_1203?reply=4471", e.Permalink);
        Assert.Equal("1203", e.InReplyTo);
        Assert.Equal("А когда будет скидка?", e.Text);
    }

    [Fact]
    public void Confirmation_answers_the_code_at_once()
    {
        var result = ParseSigned("confirmation");

        Assert.Empty(result.Events);
        Assert.Equal("c0nf1rm", result.ImmediateReply!.Body);
    }

    [Fact]
    public void Event_types_we_do_not_handle_are_skipped_with_ok()
    {
        var result = ParseSigned("group_join");
        Assert.Empty(result.Events);
        Assert.Equal(1, result.Skipped);
        Assert.Equal("ok", result.Reply!.Body);
    }

    [Fact]
    public void A_retried_identical_body_gives_the_same_event_id() =>
        Assert.Equal(ParseSigned("message_new").Events[0].EventId, ParseSigned("message_new").Events[0].EventId);

    [Fact]
    public void Wrong_secret_is_unauthorized_without_naming_either_secret()
    {
        var verdict = sut.Verify(Fixture("message_new", "guess"));
        Assert.Equal(401, verdict.StatusCode);
        Assert.DoesNotContain(Secret, verdict.Reason);
        Assert.DoesNotContain("guess", verdict.Reason);
    }

    [Fact]
    public void Missing_secret_is_unauthorized() =>
        Assert.Equal(401, sut.Verify(WebhookFixtures.Request("""{"type":"message_new","group_id":1,"object":{}}""")).StatusCode);

    [Fact]
    public void Without_a_configured_secret_every_post_is_unauthorized() =>
        Assert.Equal(401, new VkWebhookSource(new VkOptions(), TimeProvider.System).Verify(Fixture("message_new", "")).StatusCode);

    [Theory]
    [InlineData("{\"type\":\"message_new\",\"group_id\":\"abc\",\"object\":{}}")]
    [InlineData("{\"type\":\"wall_reply_new\",\"group_id\":1,\"object\":{\"id\":1}}")]
    [InlineData("{]")]
    public void Malformed_bodies_are_format_errors(string body) =>
        Assert.Throws<WebhookFormatException>(() => sut.Parse(WebhookFixtures.Request(body)));
}
