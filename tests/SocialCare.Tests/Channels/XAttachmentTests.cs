using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.X;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

/// <summary>Photos and videos in mentions and DMs reach the event as links.</summary>
public sealed class XAttachmentTests
{
    private const string ConsumerSecret = "x-consumer-secret-for-tests";
    private readonly XWebhookSource sut = new(new XOptions { ConsumerSecret = ConsumerSecret }, new FakeTimeProvider());

    private InboundEvent ParseSigned(string fixture)
    {
        var body = WebhookFixtures.Load("x", fixture);
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["x-twitter-webhooks-signature"] = WebhookFixtures.Base64Signature(ConsumerSecret, body) });
        Assert.True(sut.Verify(request).IsValid);
        return Assert.Single(sut.Parse(request).Events);
    }

    [Fact]
    public void A_tweet_carries_every_photo_and_video_of_its_extended_entities()
    {
        var e = ParseSigned("tweet_with_photos");

        Assert.Equal("@AcmeSupport this is how my order arrived https://t.co/Hb5kR2nWq1", e.Text);
        Assert.Equal(
        [
            new MediaRef(MediaKind.Image, "https://pbs.twimg.com/media/GdT3kLmXcAAb1Qz.jpg", PlatformRef: "1860000000000000451"),
            // The best MP4, not the HLS playlist or the poster frame.
            new MediaRef(MediaKind.Video, "https://video.twimg.com/ext_tw_video/1860000000000000452/pu/vid/720x1280/Hr2mXs9dQa4Kv7Lc.mp4?tag=12", PlatformRef: "1860000000000000452"),
        ], e.Attachments!);
    }

    [Fact]
    public void A_dm_photo_travels_as_its_media_url_https()
    {
        var e = ParseSigned("direct_message_photo");

        Assert.Equal("The label on the box https://t.co/Zx8QpL2mVa", e.Text);
        Assert.Equal(
            new MediaRef(MediaKind.Image, "https://ton.twitter.com/1.1/ton/data/dm/1860000000000000801/1860000000000000799/Qm3Xr7Lp.jpg", PlatformRef: "1860000000000000799"),
            Assert.Single(e.Attachments!));
    }

    [Theory]
    [InlineData("tweet_mention")]
    [InlineData("direct_message")]
    public void A_tweet_or_dm_without_media_carries_no_attachments(string fixture) => Assert.Null(ParseSigned(fixture).Attachments);
}
