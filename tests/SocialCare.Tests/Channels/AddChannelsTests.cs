using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Webhooks;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Channels;

public sealed class AddChannelsTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IOutbox>(new InMemoryOutbox())
            .AddSingleton(TimeProvider.System)
            .AddChannels(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public void Every_platform_webhook_is_registered_under_its_route_name()
    {
        using var services = Build();
        Assert.Equal(["meta", "x", "telegram", "vk"], services.GetServices<IWebhookSource>().Select(s => s.Name));
    }

    [Fact]
    public void Settings_reach_the_sources()
    {
        using var services = Build(("Meta:VerifyToken", "from-settings"));
        var meta = services.GetServices<IWebhookSource>().Single(s => s.Name == "meta");

        var reply = meta.Handshake(WebhookFixtures.Request([], query: new Dictionary<string, string>
        {
            ["hub.mode"] = "subscribe", ["hub.verify_token"] = "from-settings", ["hub.challenge"] = "42",
        }));

        Assert.Equal(("42", 200), (reply!.Body, reply.StatusCode));
    }

    [Fact]
    public void A_channel_with_a_token_gets_its_platform_publisher_and_one_without_gets_the_recorder()
    {
        using var services = Build(("Channels:facebook-1045:AccessToken", "page-token"), ("Telegram:BotToken", "7712:secret"));
        var sut = services.GetRequiredService<ChannelPublishers>();

        Assert.Equal("facebook", sut.For("facebook:1045").Platform);
        Assert.Equal("telegram", sut.For("telegram:7712").Platform);
        Assert.IsType<RecordingPublisher>(sut.For("facebook:9999"));
        Assert.IsType<RecordingPublisher>(sut.For("vk:1"));
    }
}
