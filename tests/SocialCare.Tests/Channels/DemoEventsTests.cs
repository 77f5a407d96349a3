using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Meta;
using SocialCare.Adapters.Webhooks;

namespace SocialCare.Tests.Channels;

/// <summary>
/// The events <c>./run --demo</c> replays are what the platforms send: each platform event in the bundled file parses
/// into events (a demo Facebook comment once failed the id checks and never reached the inbox).
/// </summary>
public sealed class DemoEventsTests
{
    private const string AppSecret = "demo-events-secret";

    [Fact]
    public void Every_bundled_meta_event_is_accepted_by_the_meta_webhook()
    {
        var source = new MetaWebhookSource(new MetaOptions { AppSecret = AppSecret, VerifyToken = "verify" }, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero)));
        using var file = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Demo", "demo-events.json")));
        var meta = file.RootElement.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("webhook").GetString() == "meta").ToList();

        Assert.NotEmpty(meta);
        foreach (var entry in meta)
        {
            var body = Encoding.UTF8.GetBytes(entry.GetProperty("body").GetRawText());
            var request = WebhookFixtures.Request(body, new Dictionary<string, string> { ["X-Hub-Signature-256"] = WebhookFixtures.HexSignature(AppSecret, body) });
            var result = source.Parse(request);
            Assert.NotEmpty(result.Events);
        }
    }
}
