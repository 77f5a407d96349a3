using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Webhooks;
using SocialCare.Adapters.X;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

public sealed class XWebhookSourceTests
{
    private const string ConsumerSecret = "x-consumer-secret-for-tests";
    private readonly XWebhookSource sut = new(new XOptions { ConsumerSecret = ConsumerSecret }, new FakeTimeProvider());

    private WebhookParseResult ParseSigned(string fixture)
    {
        var body = WebhookFixtures.Load("x", fixture);
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["x-twitter-webhooks-signature"] = WebhookFixtures.Base64Signature(ConsumerSecret, body) });
        Assert.True(sut.Verify(request).IsValid);
        return sut.Parse(request);
    }

    [Theory]
    [InlineData("tweet_mention", EventKind.Mention, "98765432", "tweet:1860000000000000123", "x:1860000000000000123", false)]
    [InlineData("tweet_brand_reply", EventKind.Reply, "1450000000000000001", "tweet:1860000000000000123", "x:1860000000000000456", true)]
    [InlineData("direct_message", EventKind.DirectMessage, "98765432", "dm:98765432", "x:1860000000000000789", false)]
    public void Signed_fixture_becomes_one_event_on_the_brand_account(
        string fixture, EventKind kind, string authorId, string conversationKey, string eventId, bool fromBrand)
    {
        var e = Assert.Single(ParseSigned(fixture).Events);

        Assert.Equal("x:1450000000000000001", e.ChannelId);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(authorId, e.Author.Id);
        Assert.Equal(conversationKey, e.ConversationKey);
        Assert.Equal(eventId, e.EventId);
        Assert.Equal(fromBrand, e.FromBrand);
    }

    [Fact]
    public void Mention_carries_followers_permalink_and_tweet_time()
    {
        var e = Assert.Single(ParseSigned("tweet_mention").Events);

        Assert.Equal(new Author("98765432", "Riley Parcel", 15230), e.Author);
        Assert.Equal("https://x.com/rileyp/status/1860000000000000123", e.Permalink);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1763911800000), e.CreatedAt);
    }

    [Fact]
    public void Direct_message_author_name_comes_from_the_users_map()
    {
        var e = Assert.Single(ParseSigned("direct_message").Events);
        Assert.Equal(new Author("98765432", "Riley Parcel", 15230), e.Author);
        Assert.Equal("Order number is 5512", e.Text);
    }

    [Fact]
    public void Likes_are_skipped_and_counted()
    {
        var result = ParseSigned("favorite_event");
        Assert.Empty(result.Events);
        Assert.Equal(1, result.Skipped);
    }

    [Fact]
    public void A_retried_identical_body_gives_the_same_event_ids() =>
        Assert.Equal(ParseSigned("tweet_mention").Events[0].EventId, ParseSigned("tweet_mention").Events[0].EventId);

    [Fact]
    public void Crc_handshake_answers_the_base64_hmac_of_the_token()
    {
        var reply = sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string> { ["crc_token"] = "abc123" }));

        var expected = "sha256=" + Convert.ToBase64String(SignatureComparer.HmacSha256(ConsumerSecret, Encoding.UTF8.GetBytes("abc123")));
        Assert.Equal(200, reply!.StatusCode);
        Assert.Equal(expected, JsonDocument.Parse(reply.Body).RootElement.GetProperty("response_token").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"for_user_id\":\"1450000000000000001\",\"tweet_create_events\":[]}")]
    [InlineData("abc def")]
    [InlineData("\"abc\"")]
    [InlineData("abc\n")]
    [InlineData("zażółć")]
    [InlineData("%7B%7D")]
    public void A_crc_token_not_shaped_like_x_s_is_refused_with_problem_details(string token)
    {
        var reply = sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string> { ["crc_token"] = token }));

        Assert.Equal(400, reply!.StatusCode);
        Assert.Equal("application/problem+json", reply.ContentType);
        var problem = JsonDocument.Parse(reply.Body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("crc_token", out _));
        Assert.DoesNotContain("response_token", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_over_long_crc_token_is_refused()
    {
        Assert.Equal(400, sut.Handshake(WebhookFixtures.Request([]))!.StatusCode);
        Assert.Equal(400, sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string> { ["crc_token"] = new string('a', XWebhookSource.MaxCrcTokenLength + 1) }))!.StatusCode);
        Assert.Equal(200, sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string> { ["crc_token"] = new string('a', XWebhookSource.MaxCrcTokenLength) }))!.StatusCode);
    }

    [Theory]
    [InlineData("tweet_mention")]
    [InlineData("tweet_brand_reply")]
    [InlineData("direct_message")]
    [InlineData("favorite_event")]
    public void A_fixture_body_offered_as_crc_token_gets_no_signature(string fixture)
    {
        var body = WebhookFixtures.Load("x", fixture);
        var compact = JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement);

        foreach (var token in new[] { Encoding.UTF8.GetString(body), compact })
        {
            Assert.Equal(400, sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string> { ["crc_token"] = token }))!.StatusCode);
        }
    }

    [Fact]
    public void No_crc_answer_to_an_accepted_token_verifies_any_fixture_body()
    {
        var fixtures = new[] { "tweet_mention", "tweet_brand_reply", "direct_message", "favorite_event" }.Select(f => WebhookFixtures.Load("x", f)).ToList();
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/={} \"\n";
        var accepted = 0;

        Gen.Select(Gen.String[Gen.Char[Alphabet], 0, 300], Gen.Int[0, fixtures.Count - 1], Gen.Bool)
            .Sample((generated, i, fromBody) =>
            {
                // Half the tokens are base64 of a body or of its start: the closest an attacker gets to a body with an accepted token.
                var token = fromBody ? Convert.ToBase64String(fixtures[i][..Math.Min(fixtures[i].Length, 180)]) : generated;
                var reply = sut.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string> { ["crc_token"] = token }))!;
                if (reply.StatusCode != 200) return;
                Interlocked.Increment(ref accepted);
                var signature = JsonDocument.Parse(reply.Body).RootElement.GetProperty("response_token").GetString()!;
                foreach (var body in fixtures)
                {
                    var forged = WebhookFixtures.Request(body, new Dictionary<string, string> { ["x-twitter-webhooks-signature"] = signature });
                    if (sut.Verify(forged).IsValid) throw new InvalidOperationException($"the CRC answer for '{token}' verifies a fixture body");
                }
            }, iter: 2000);

        Assert.True(accepted > 500, $"only {accepted} generated tokens were accepted; the property says little");
    }

    [Fact]
    public void Wrong_signature_is_unauthorized()
    {
        var body = WebhookFixtures.Load("x", "tweet_mention");
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["x-twitter-webhooks-signature"] = WebhookFixtures.Base64Signature("wrong", body) });
        Assert.Equal(401, sut.Verify(request).StatusCode);
    }

    [Fact]
    public void Missing_signature_is_unauthorized() =>
        Assert.Equal(401, sut.Verify(WebhookFixtures.Request(WebhookFixtures.Load("x", "tweet_mention"))).StatusCode);

    [Fact]
    public void Without_a_consumer_secret_every_post_is_unauthorized()
    {
        var body = WebhookFixtures.Load("x", "tweet_mention");
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["x-twitter-webhooks-signature"] = WebhookFixtures.Base64Signature("", body) });
        Assert.Equal(401, new XWebhookSource(new XOptions(), TimeProvider.System).Verify(request).StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"tweet_create_events\":[]}")]
    [InlineData("{\"for_user_id\":\"1\",\"tweet_create_events\":[{\"id_str\":\"5\",\"user\":7}]}")]
    public void Malformed_bodies_are_format_errors(string body) =>
        Assert.Throws<WebhookFormatException>(() => sut.Parse(WebhookFixtures.Request(body)));
}
