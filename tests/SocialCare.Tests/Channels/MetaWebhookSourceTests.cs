using System.Text;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Meta;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

public sealed class MetaWebhookSourceTests
{
    private const string AppSecret = "meta-app-secret-for-tests";
    private readonly MetaWebhookSource sut = new(
        new MetaOptions { AppSecret = AppSecret, VerifyToken = "verify-me" },
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero)));

    private WebhookParseResult ParseSigned(string fixture)
    {
        var body = WebhookFixtures.Load("meta", fixture);
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["X-Hub-Signature-256"] = WebhookFixtures.HexSignature(AppSecret, body) });
        Assert.True(sut.Verify(request).IsValid);
        return sut.Parse(request);
    }

    [Theory]
    [InlineData("page_feed_comment", "facebook:104598765432101", EventKind.Comment, "7301234567890123", "comment:122100000000000001_1099887766554433", "facebook:122100000000000001_1099887766554433", false)]
    [InlineData("page_feed_reply_from_page", "facebook:104598765432101", EventKind.Reply, "104598765432101", "comment:122100000000000001_1099887766554433", "facebook:122100000000000001_1099887766554499", true)]
    [InlineData("page_feed_visitor_post", "facebook:104598765432101", EventKind.Post, "7309999888877776", "post:104598765432101_122100000000000777", "facebook:104598765432101_122100000000000777", false)]
    [InlineData("messenger_message", "facebook:104598765432101", EventKind.DirectMessage, "6543210987654321", "dm:6543210987654321", "facebook:m_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", false)]
    [InlineData("messenger_echo", "facebook:104598765432101", EventKind.DirectMessage, "104598765432101", "dm:6543210987654321", "facebook:m_EchoEchoEchoEcho0123456789", true)]
    [InlineData("instagram_comment", "instagram:17841400000000001", EventKind.Comment, "232323232323232", "comment:17865799348089039", "instagram:17865799348089039", false)]
    [InlineData("instagram_mention", "instagram:17841400000000001", EventKind.Mention, "", "post:17918195224117851", "instagram:mention:17894227972186120", false)]
    [InlineData("instagram_message", "instagram:17841400000000001", EventKind.DirectMessage, "3141592653589793", "dm:3141592653589793", "instagram:aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAw", false)]
    [InlineData("whatsapp_text", "whatsapp:106540352242922", EventKind.DirectMessage, "16505551234", "dm:16505551234", "whatsapp:wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", false)]
    public void Signed_fixture_becomes_one_event_with_channel_kind_author_and_thread(
        string fixture, string channel, EventKind kind, string authorId, string conversationKey, string eventId, bool fromBrand)
    {
        var result = ParseSigned(fixture);

        var e = Assert.Single(result.Events);
        Assert.Equal(channel, e.ChannelId);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(authorId, e.Author.Id);
        Assert.Equal(conversationKey, e.ConversationKey);
        Assert.Equal(eventId, e.EventId);
        Assert.Equal(fromBrand, e.FromBrand);
    }

    [Fact]
    public void Page_comment_carries_author_name_text_time_permalink_and_the_post_it_answers()
    {
        var e = Assert.Single(ParseSigned("page_feed_comment").Events);

        Assert.Equal("Dana Customer", e.Author.Name);
        Assert.Equal("My order #5512 never arrived, can someone help?", e.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763909998), e.CreatedAt);
        Assert.Equal("104598765432101_122100000000000001", e.InReplyTo);
        Assert.StartsWith("https://www.facebook.com/104598765432101/posts/pfbid0abc?comment_id=", e.Permalink);
    }

    [Fact]
    public void Whatsapp_message_takes_the_contact_name()
    {
        var e = Assert.Single(ParseSigned("whatsapp_text").Events);
        Assert.Equal("Sheena Nelson", e.Author.Name);
        Assert.Equal("Does it come in another colour?", e.Text);
    }

    [Fact]
    public void An_edit_is_a_distinct_event_from_the_comment_it_changes()
    {
        var added = Assert.Single(ParseSigned("page_feed_comment").Events);
        var edited = Assert.Single(ParseSigned("page_feed_comment_edited").Events);

        Assert.Equal(EventAction.Edited, edited.Action);
        Assert.Equal(added.ConversationKey, edited.ConversationKey);
        Assert.NotEqual(added.EventId, edited.EventId);
        Assert.StartsWith("facebook:122100000000000001_1099887766554433:edited:", edited.EventId);
    }

    [Theory]
    [InlineData("page_feed_reaction")]
    [InlineData("messenger_read")]
    [InlineData("whatsapp_status")]
    public void Reactions_reads_and_statuses_are_skipped_and_counted(string fixture)
    {
        var result = ParseSigned(fixture);
        Assert.Empty(result.Events);
        Assert.Equal(1, result.Skipped);
    }

    [Fact]
    public void A_batch_of_several_entries_gives_one_event_each()
    {
        var result = ParseSigned("page_batch");

        Assert.Equal(4, result.Events.Count);
        Assert.Equal(4, result.Events.Select(e => e.EventId).Distinct().Count());
        Assert.Contains(result.Events, e => e.ChannelId == "facebook:104500000000999");
        Assert.Contains(result.Events, e => e.Kind == EventKind.DirectMessage);
    }

    [Fact]
    public void A_retried_identical_body_gives_the_same_event_ids()
    {
        var first = ParseSigned("page_batch").Events.Select(e => e.EventId);
        var second = ParseSigned("page_batch").Events.Select(e => e.EventId);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Wrong_signature_is_unauthorized_without_echoing_the_secret()
    {
        var body = WebhookFixtures.Load("meta", "page_feed_comment");
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["X-Hub-Signature-256"] = WebhookFixtures.HexSignature("not-the-secret", body) });

        var verdict = sut.Verify(request);

        Assert.Equal(401, verdict.StatusCode);
        Assert.DoesNotContain(AppSecret, verdict.Reason);
    }

    [Fact]
    public void Missing_signature_is_unauthorized() =>
        Assert.Equal(401, sut.Verify(WebhookFixtures.Request(WebhookFixtures.Load("meta", "page_feed_comment"))).StatusCode);

    [Fact]
    public void A_body_changed_after_signing_is_unauthorized()
    {
        var body = WebhookFixtures.Load("meta", "page_feed_comment");
        var signature = WebhookFixtures.HexSignature(AppSecret, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("#5512", "#5513", StringComparison.Ordinal));

        Assert.Equal(401, sut.Verify(WebhookFixtures.Request(tampered, new Dictionary<string, string> { ["X-Hub-Signature-256"] = signature })).StatusCode);
    }

    [Fact]
    public void Without_an_app_secret_every_post_is_unauthorized()
    {
        var unconfigured = new MetaWebhookSource(new MetaOptions(), TimeProvider.System);
        var body = WebhookFixtures.Load("meta", "page_feed_comment");
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["X-Hub-Signature-256"] = WebhookFixtures.HexSignature("", body) });

        Assert.Equal(401, unconfigured.Verify(request).StatusCode);
    }

    [Fact]
    public void Subscribe_handshake_with_the_verify_token_echoes_the_challenge()
    {
        var reply = sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string>
        {
            ["hub.mode"] = "subscribe", ["hub.verify_token"] = "verify-me", ["hub.challenge"] = "1158201444",
        }));

        Assert.Equal(200, reply!.StatusCode);
        Assert.Equal("1158201444", reply.Body);
    }

    [Fact]
    public void Handshake_with_a_wrong_verify_token_is_forbidden()
    {
        var reply = sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string>
        {
            ["hub.mode"] = "subscribe", ["hub.verify_token"] = "guess", ["hub.challenge"] = "1158201444",
        }));

        Assert.Equal(403, reply!.StatusCode);
        Assert.DoesNotContain("1158201444", reply.Body);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"object\":\"page\",\"entry\":{\"id\":\"1\"}}")]
    [InlineData("{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"feed\",\"value\":\"text\"}]}]}")]
    public void Malformed_bodies_are_format_errors(string body) =>
        Assert.Throws<WebhookFormatException>(() => sut.Parse(WebhookFixtures.Request(body)));

    [Fact]
    public void An_object_type_we_do_not_handle_is_skipped() =>
        Assert.Equal(1, sut.Parse(WebhookFixtures.Request("{\"object\":\"user\",\"entry\":[{\"id\":\"1\",\"time\":1}]}")).Skipped);
}
