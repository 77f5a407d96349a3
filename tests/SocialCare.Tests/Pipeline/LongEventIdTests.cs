using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Messages;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// A platform id longer than a Service Bus MessageId (128 characters) still goes through: the webhook answers 200
/// and the event is recorded under its full id. The local sender refuses ids Service Bus would refuse.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class LongEventIdTests : IAsyncLifetime
{
    private const string MetaSecret = "long-id-meta-secret";
    private static readonly string LongMid = "m_" + string.Concat(Enumerable.Repeat("AbCdEfGhIjKlMnOpQrStUvWxYz-0123456789_", 8))[..298];
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Meta:AppSecret"] = MetaSecret });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_300_character_message_id_is_accepted_and_recorded_under_its_full_id()
    {
        var body = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Fixture("meta", "messenger_message.json"))
            .Replace("m_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", LongMid, StringComparison.Ordinal));
        var expected = Assert.Single(_app.Services.GetServices<IWebhookSource>().Single(s => s.Name == "meta")
            .Parse(new WebhookRequest(body, _ => null, _ => null)).Events);
        Assert.True(expected.EventId.Length > QueueMessageId.MaxLength, $"{expected.EventId.Length} characters");

        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await RecordedAsync(expected.ChannelId, expected.EventId), $"{expected.EventId} was not recorded.");
    }

    private Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/meta") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(SignatureComparer.HmacSha256(MetaSecret, body)));
        return _app.Anonymous.SendAsync(request);
    }

    private async Task<bool> RecordedAsync(string channelId, string eventId)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var list = JsonDocument.Parse(await _app.Client.GetStringAsync($"/api/conversations?channelId={Uri.EscapeDataString(channelId)}&limit=50")).RootElement;
            foreach (var c in list.GetProperty("items").EnumerateArray())
            {
                var detail = JsonDocument.Parse(await _app.Client.GetStringAsync($"/api/conversations/{c.GetProperty("id").GetString()}")).RootElement;
                if (detail.GetProperty("messages").EnumerateArray().Any(m => m.GetProperty("id").GetString() == eventId)) return true;
            }
            await Task.Delay(100);
        }
        return false;
    }
}
