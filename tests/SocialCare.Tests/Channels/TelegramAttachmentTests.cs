using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Telegram;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Channels;

/// <summary>
/// Telegram media reach the event as file_ids only: a file's download link embeds the bot token, so none is ever built.
/// </summary>
public sealed class TelegramAttachmentTests
{
    private const string Secret = "tg-secret-for-tests";
    private readonly TelegramWebhookSource sut = new(
        new TelegramOptions { SecretToken = Secret, BotUsername = "AcmeHelpBot", BotToken = "7712345678:AAE-secret-part" },
        new FakeTimeProvider());

    private InboundEvent ParseSigned(string fixture)
    {
        var request = WebhookFixtures.Request(WebhookFixtures.Load("telegram", fixture), new Dictionary<string, string> { ["X-Telegram-Bot-Api-Secret-Token"] = Secret });
        Assert.True(sut.Verify(request).IsValid);
        return Assert.Single(sut.Parse(request).Events);
    }

    [Fact]
    public void A_photo_is_its_largest_size_with_the_caption_as_text()
    {
        var e = ParseSigned("private_photo");

        Assert.Equal("Вот так пришла коробка", e.Text);
        Assert.Equal(new MediaRef(MediaKind.Image, PlatformRef: "AgACAgIAAxkBAAIVWmdCz1Xr8Qkp0T3wLhYd5yN2bG1mAAKw5TEbYH4YSj1qZ0x9r2kaAQADAgADeQADNgQ"), Assert.Single(e.Attachments!));
    }

    [Fact]
    public void A_document_keeps_its_file_name_and_reads_as_a_file()
    {
        var e = ParseSigned("private_document");

        Assert.Equal("[file]", e.Text);
        Assert.Equal(new MediaRef(MediaKind.File, Name: "чек-5512.pdf", PlatformRef: "BQACAgIAAxkBAAIVW2dC0B2kTn8Lq1yXv0pS3mR7cZ4fAAJ1WwACYH4YSr9gH5bQm3VxNgQ"), Assert.Single(e.Attachments!));
    }

    [Fact]
    public void A_sticker_is_named_by_its_emoji()
    {
        var e = ParseSigned("private_sticker");

        Assert.Equal("[sticker]", e.Text);
        Assert.Equal(new MediaRef(MediaKind.Sticker, Name: "😡", PlatformRef: "CAACAgIAAxkBAAIVXGdC0F6t6VpvUZNmL9MU9XjfLAACRR0AAnk52Er-J9pBqi816zYE"), Assert.Single(e.Attachments!));
    }

    [Fact]
    public void No_link_anywhere_carries_the_bot_token()
    {
        foreach (var fixture in new[] { "private_photo", "private_document", "private_sticker" })
        {
            Assert.All(ParseSigned(fixture).Attachments!, a => Assert.Null(a.Url));
        }
    }

    [Fact]
    public void A_text_message_carries_no_attachments() => Assert.Null(ParseSigned("private_message").Attachments);
}
