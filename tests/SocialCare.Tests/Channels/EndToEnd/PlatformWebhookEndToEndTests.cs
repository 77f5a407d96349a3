using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Events;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Channels.EndToEnd;

/// <summary>
/// Every platform fixture, signed as the platform signs it, posted to the running app: it becomes the conversation
/// the source says (channel, kind, author, conversation key), a second delivery changes nothing, a bad signature is 401.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class PlatformWebhookEndToEndTests(PlatformWebhookEndToEndTests.App shared) : IClassFixture<PlatformWebhookEndToEndTests.App>
{
    private const string MetaSecret = "e2e-meta-secret";
    private const string XSecret = "e2e-x-secret";
    private const string TelegramSecret = "e2e-telegram-secret";
    private const string VkSecret = "e2e-vk-secret";

    public static TheoryData<string, string> Fixtures() => new()
    {
        { "meta", "page_feed_comment" }, { "meta", "page_feed_visitor_post" }, { "meta", "page_feed_reply_from_page" },
        { "meta", "messenger_message" }, { "meta", "instagram_comment" }, { "meta", "instagram_message" },
        { "meta", "whatsapp_text" }, { "meta", "page_batch" },
        { "x", "tweet_mention" }, { "x", "tweet_brand_reply" }, { "x", "direct_message" },
        { "telegram", "private_message" }, { "telegram", "group_mention" }, { "telegram", "channel_post" },
        { "vk", "message_new" }, { "vk", "wall_reply_new" }, { "vk", "wall_post_new" },
    };

    /// <summary>One app for the class: each case posts its own fixture and waits for the pipeline to drain.</summary>
    public sealed class App : IAsyncLifetime
    {
        public TestApp Sut { get; private set; } = null!;

        public async Task InitializeAsync() => Sut = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Meta:AppSecret"] = MetaSecret,
            ["Meta:VerifyToken"] = "e2e-verify",
            ["X:ConsumerSecret"] = XSecret,
            ["Telegram:SecretToken"] = TelegramSecret,
            ["Telegram:BotToken"] = "7712345678:AAE-secret-part",
            ["Telegram:BotUsername"] = "AcmeHelpBot",
            ["Vk:Secret"] = VkSecret,
            ["Vk:ConfirmationCode"] = "c0nf1rm",
        });

        public async Task DisposeAsync() => await Sut.DisposeAsync();
    }

    private TestApp _app => shared.Sut;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_signed_fixture_becomes_its_conversation_once(string platform, string fixture)
    {
        var body = Body(platform, fixture);
        var expected = Source(platform).Parse(new WebhookRequest(body, _ => null, _ => null)).Events;
        Assert.NotEmpty(expected);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(platform, body)).StatusCode);
        foreach (var e in expected) await AssertRecordedAsync(e);
        var counts = await MessageCountsAsync(expected);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(platform, body)).StatusCode);
        await _app.DrainedAsync();
        Assert.Equal(counts, await MessageCountsAsync(expected));
    }

    [Theory]
    [InlineData("meta")]
    [InlineData("x")]
    [InlineData("telegram")]
    [InlineData("vk")]
    public async Task A_bad_signature_is_401_and_enqueues_nothing(string platform)
    {
        var body = Body(platform, platform switch { "meta" => "page_feed_comment", "x" => "tweet_mention", "telegram" => "private_message", _ => "message_new" });

        var response = await PostAsync(platform, body, forge: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(MetaSecret, StringComparison.Ordinal) || l.Contains(VkSecret, StringComparison.Ordinal) || l.Contains(TelegramSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handshakes_answer_as_each_platform_expects()
    {
        var meta = await _app.Anonymous.GetStringAsync("/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=e2e-verify&hub.challenge=1158201444");
        var wrongToken = await _app.Anonymous.GetAsync("/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1");
        var crc = JsonDocument.Parse(await _app.Anonymous.GetStringAsync("/api/webhooks/x?crc_token=abc"));
        var vk = await PostAsync("vk", Body("vk", "confirmation"));

        Assert.Equal("1158201444", meta);
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.Equal("sha256=" + Convert.ToBase64String(SignatureComparer.HmacSha256(XSecret, Encoding.UTF8.GetBytes("abc"))), crc.RootElement.GetProperty("response_token").GetString());
        Assert.Equal("c0nf1rm", await vk.Content.ReadAsStringAsync());
    }

    private IWebhookSource Source(string platform) =>
        _app.Services.GetServices<IWebhookSource>().Single(s => s.Name == platform);

    private static byte[] Body(string platform, string fixture)
    {
        var text = File.ReadAllText(RepoPaths.Fixture(platform, fixture + ".json"));
        return Encoding.UTF8.GetBytes(platform == "vk" ? text.Replace("SECRET_PLACEHOLDER", VkSecret, StringComparison.Ordinal) : text);
    }

    private Task<HttpResponseMessage> PostAsync(string platform, byte[] body, bool forge = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/{platform}") { Content = new ByteArrayContent(body) };
        var signed = forge ? Encoding.UTF8.GetBytes("forged") : body;
        switch (platform)
        {
            case "meta":
                request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(SignatureComparer.HmacSha256(MetaSecret, signed)));
                break;
            case "x":
                request.Headers.Add("x-twitter-webhooks-signature", "sha256=" + Convert.ToBase64String(SignatureComparer.HmacSha256(XSecret, signed)));
                break;
            case "telegram":
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", forge ? "forged" : TelegramSecret);
                break;
            case "vk" when forge:
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace(VkSecret, "forged", StringComparison.Ordinal)));
                break;
        }
        return _app.Anonymous.SendAsync(request);
    }

    private async Task AssertRecordedAsync(InboundEvent e)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var conversation = await FindAsync(e);
            if (conversation is { } c)
            {
                Assert.Equal(e.Platform, c.GetProperty("platform").GetString());
                var detail = JsonDocument.Parse(await _app.Client.GetStringAsync($"/api/conversations/{c.GetProperty("id").GetString()}")).RootElement;
                var message = detail.GetProperty("messages").EnumerateArray().FirstOrDefault(m => m.GetProperty("id").GetString() == e.EventId);
                if (message.ValueKind == JsonValueKind.Object)
                {
                    Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Kind.ToString()), message.GetProperty("kind").GetString());
                    Assert.Equal(e.Author.Id, message.GetProperty("authorId").GetString());
                    Assert.Equal(e.FromBrand ? "outbound" : "inbound", message.GetProperty("direction").GetString());
                    return;
                }
            }
            await Task.Delay(100);
        }
        Assert.Fail($"{e.EventId} was not recorded on {e.ChannelId} / {e.ConversationKey}.");
    }

    private async Task<JsonElement?> FindAsync(InboundEvent e)
    {
        var list = JsonDocument.Parse(await _app.Client.GetStringAsync($"/api/conversations?channelId={Uri.EscapeDataString(e.ChannelId)}&limit=200")).RootElement;
        foreach (var c in list.GetProperty("items").EnumerateArray())
        {
            if (c.GetProperty("conversationKey").GetString() == e.ConversationKey) return c.Clone();
        }
        return null;
    }

    // Inbound messages only: a DM that arrives after hours also gets the automatic answer, an outbound message.
    private async Task<List<int>> MessageCountsAsync(IReadOnlyList<InboundEvent> events)
    {
        var counts = new List<int>();
        foreach (var e in events)
        {
            var id = (await FindAsync(e))!.Value.GetProperty("id").GetString();
            var detail = JsonDocument.Parse(await _app.Client.GetStringAsync($"/api/conversations/{id}")).RootElement;
            counts.Add(detail.GetProperty("messages").EnumerateArray().Count(m => m.GetProperty("direction").GetString() == "inbound"));
        }
        return counts;
    }
}
