using System.Text;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Vk;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

/// <summary>VK message and wall comment attachments reach the event: photos and documents as links, video and audio by name.</summary>
public sealed class VkAttachmentTests
{
    private const string Secret = "vk-secret-for-tests";
    private readonly VkWebhookSource sut = new(new VkOptions { Secret = Secret, ConfirmationCode = "c0nf1rm" }, new FakeTimeProvider());

    private InboundEvent ParseSigned(string fixture)
    {
        var request = WebhookFixtures.Request(Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(WebhookFixtures.Load("vk", fixture)).Replace("SECRET_PLACEHOLDER", Secret, StringComparison.Ordinal)));
        Assert.True(sut.Verify(request).IsValid);
        return Assert.Single(sut.Parse(request).Events);
    }

    [Fact]
    public void A_message_photo_is_its_largest_size_and_a_document_its_link_and_title()
    {
        var e = ParseSigned("message_new_attachments");

        Assert.Equal("[image, file]", e.Text);
        Assert.Collection(e.Attachments!,
            photo =>
            {
                Assert.Equal(MediaKind.Image, photo.Kind);
                Assert.Equal("photo412345678_457239017", photo.PlatformRef);
                Assert.EndsWith("&from=bu&u=Qm2pZ7rW9xY1kL4nT8vB3cJ6dF0gH5sAq", photo.Url, StringComparison.Ordinal);
            },
            doc =>
            {
                Assert.Equal(MediaKind.File, doc.Kind);
                Assert.Equal("Чек_5512.pdf", doc.Name);
                Assert.Equal("doc412345678_675123456", doc.PlatformRef);
                Assert.StartsWith("https://vk.com/doc412345678_675123456?hash=", doc.Url, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_wall_comment_s_video_and_audio_travel_by_kind_and_name()
    {
        var e = ParseSigned("wall_reply_new_media");

        Assert.Equal("Вот видео распаковки. И песня как раз про вашу доставку", e.Text);
        Assert.Equal(
        [
            new MediaRef(MediaKind.Video, Name: "Распаковка заказа 5512", PlatformRef: "video498765432_456239101"),
            new MediaRef(MediaKind.Audio, Name: "Кино – Ждёт ответа", PlatformRef: "audio498765432_456239345"),
        ], e.Attachments!);
    }

    [Fact]
    public void A_message_with_an_empty_attachment_list_carries_none() => Assert.Null(ParseSigned("message_new").Attachments);
}
