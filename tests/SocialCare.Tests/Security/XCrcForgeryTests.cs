using SocialCare.Tests.Infrastructure;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Tests.Hostile;

namespace SocialCare.Tests.Security;

/// <summary>
/// The X CRC endpoint answers HMAC-SHA256(consumer secret, crc_token), the same function that signs a POST body. An
/// attacker who could choose the token could have any tweet signed; these tests try, against the running app.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class XCrcForgeryTests(SignedWebhookApp fixture) : IClassFixture<SignedWebhookApp>
{
    private static readonly byte[] ForgedTweet = Encoding.UTF8.GetBytes(
        """{"for_user_id":"1450000000000000001","tweet_create_events":[{"id_str":"1999999999999999999","text":"@AcmeSupport forged","user":{"id_str":"66","screen_name":"mallory"}}]}""");

    [Fact]
    public async Task A_body_offered_as_crc_token_is_refused_with_problem_details()
    {
        using var response = await fixture.App.Anonymous.GetAsync("/api/webhooks/x?crc_token=" + Uri.EscapeDataString(Encoding.UTF8.GetString(ForgedTweet)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("crc_token", out _));
        Assert.False(problem.TryGetProperty("response_token", out _));
    }

    [Fact]
    public async Task A_tweet_signed_with_any_crc_answer_is_401_and_not_enqueued()
    {
        var before = await fixture.ClassifyCountAsync();
        var signed = 0;
        // The body itself (what the attack used), then the nearest an accepted token gets to it: its base64 forms, and
        // the body with every refused character dropped.
        string[] tokens =
        [
            Encoding.UTF8.GetString(ForgedTweet),
            Convert.ToBase64String(ForgedTweet),
            Convert.ToBase64String(ForgedTweet).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            new([.. Encoding.UTF8.GetString(ForgedTweet).Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' or '/' or '=')]),
        ];

        foreach (var token in tokens)
        {
            using var crc = await fixture.App.Anonymous.GetAsync("/api/webhooks/x?crc_token=" + Uri.EscapeDataString(token));
            if (crc.StatusCode != HttpStatusCode.OK) continue;
            signed++;
            var signature = JsonDocument.Parse(await crc.Content.ReadAsStringAsync()).RootElement.GetProperty("response_token").GetString()!;

            using var forged = await fixture.PostAsync("x", ForgedTweet, new Dictionary<string, string> { ["x-twitter-webhooks-signature"] = signature });

            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }
        Assert.Equal(tokens.Length - 1, signed);
        Assert.Equal(before, await fixture.ClassifyCountAsync());
    }

    [Fact]
    public async Task The_same_tweet_signed_with_the_consumer_secret_is_accepted()
    {
        var x = SignedSource.All(new FakeTimeProvider()).Single(s => s.Name == "x");

        using var response = await fixture.PostAsync("x", ForgedTweet, x.Sign(ForgedTweet));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
