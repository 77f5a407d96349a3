using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Meta;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

/// <summary>What customers attach on Messenger, Instagram, the page feed and WhatsApp reaches the event, not only "[image]".</summary>
public sealed class MetaAttachmentTests
{
    private const string AppSecret = "meta-app-secret-for-tests";
    private readonly MetaWebhookSource sut = new(new MetaOptions { AppSecret = AppSecret }, new FakeTimeProvider());

    private InboundEvent ParseSigned(string fixture)
    {
        var body = WebhookFixtures.Load("meta", fixture);
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["X-Hub-Signature-256"] = WebhookFixtures.HexSignature(AppSecret, body) });
        Assert.True(sut.Verify(request).IsValid);
        return Assert.Single(sut.Parse(request).Events);
    }

    [Fact]
    public void A_messenger_photo_and_file_travel_as_cdn_links_and_the_text_still_says_what_came()
    {
        var e = ParseSigned("messenger_attachments");

        Assert.Equal("[image, file]", e.Text);
        Assert.Collection(e.Attachments!,
            image =>
            {
                Assert.Equal(MediaKind.Image, image.Kind);
                Assert.StartsWith("https://scontent.xx.fbcdn.net/v/t1.15752-9/467813590_", image.Url, StringComparison.Ordinal);
                Assert.EndsWith("&oe=6976A51E", image.Url, StringComparison.Ordinal);
            },
            file =>
            {
                Assert.Equal(MediaKind.File, file.Kind);
                Assert.Equal("receipt-5512.pdf", file.Name);
                Assert.StartsWith("https://cdn.fbsbx.com/v/t59.2708-21/", file.Url, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_messenger_sticker_is_a_sticker_not_a_photo()
    {
        var e = ParseSigned("messenger_sticker");

        var sticker = Assert.Single(e.Attachments!);
        Assert.Equal(MediaKind.Sticker, sticker.Kind);
        Assert.StartsWith("https://scontent.xx.fbcdn.net/v/t39.1997-6/", sticker.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instagram_photo_keeps_the_customer_s_words_and_its_lookaside_link()
    {
        var e = ParseSigned("instagram_image");

        Assert.Equal("This is what arrived, the box is crushed", e.Text);
        var image = Assert.Single(e.Attachments!);
        Assert.Equal(MediaKind.Image, image.Kind);
        Assert.StartsWith("https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17990012345678901&signature=", image.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_comment_on_the_page_carries_the_photo_and_reads_as_an_image()
    {
        var e = ParseSigned("page_feed_photo_comment");

        Assert.Equal(EventKind.Comment, e.Kind);
        Assert.Equal("[image]", e.Text);
        var photo = Assert.Single(e.Attachments!);
        Assert.Equal(MediaKind.Image, photo.Kind);
        Assert.StartsWith("https://scontent.xx.fbcdn.net/v/t39.30808-6/468112233_", photo.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visitor_s_photo_post_carries_its_photo_and_photo_id()
    {
        var e = ParseSigned("page_feed_photo_post");

        Assert.Equal(EventKind.Post, e.Kind);
        Assert.Equal("Bought this jacket last week and the zip already broke", e.Text);
        var photo = Assert.Single(e.Attachments!);
        Assert.Equal(MediaKind.Image, photo.Kind);
        Assert.Equal("122100000000000888", photo.PlatformRef);
        Assert.StartsWith("https://scontent.xx.fbcdn.net/v/t39.30808-6/468223344_", photo.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whatsapp_photo_is_its_media_id_with_no_link_and_the_caption_as_text()
    {
        var e = ParseSigned("whatsapp_image");

        Assert.Equal("The colour is not what the photo showed", e.Text);
        Assert.Equal(new MediaRef(MediaKind.Image, PlatformRef: "1602933707182531"), Assert.Single(e.Attachments!));
    }

    [Fact]
    public void A_whatsapp_document_keeps_its_file_name_and_media_id()
    {
        var e = ParseSigned("whatsapp_document");

        Assert.Equal("[document]", e.Text);
        Assert.Equal(new MediaRef(MediaKind.File, Name: "invoice-5512.pdf", PlatformRef: "1187654321098765"), Assert.Single(e.Attachments!));
    }

    [Theory]
    [InlineData("messenger_message")]
    [InlineData("page_feed_comment")]
    [InlineData("whatsapp_text")]
    public void A_message_without_media_carries_no_attachments(string fixture) => Assert.Null(ParseSigned(fixture).Attachments);

    [Fact]
    public void Media_of_an_unknown_shape_is_left_out_and_the_message_still_arrives()
    {
        var body = """
            {"object":"page","entry":[{"id":"104598765432101","time":1763912600123,"messaging":[{"sender":{"id":"6543210987654321"},
             "recipient":{"id":"104598765432101"},"timestamp":1763912599812,"message":{"mid":"m_Odd0123456789","text":"see attached",
             "attachments":[{"type":"image","payload":"not an object"},{"type":"image","payload":{"url":"javascript:alert(1)"}},{"type":"location","payload":{"coordinates":{"lat":52.2,"long":21.0}}},7]}}]}]}
            """u8.ToArray();
        var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["X-Hub-Signature-256"] = WebhookFixtures.HexSignature(AppSecret, body) });

        var e = Assert.Single(sut.Parse(request).Events);

        Assert.Equal("see attached", e.Text);
        Assert.Equal([new MediaRef(MediaKind.Image), new MediaRef(MediaKind.Image)], e.Attachments!);
    }
}
