using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Teams;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

public sealed class TeamsWebhookChannelTests : IAsyncLifetime
{
    private FakeTeamsWebhook _teams = null!;
    private readonly List<ServiceProvider> _providers = [];

    private static readonly Notice Notice = new("New complaint", "[P1]", "text", [new("Platform", "facebook")], [new("Open", new Uri("https://care.test/c/1"))]);

    public async Task InitializeAsync() => _teams = await FakeTeamsWebhook.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await _teams.DisposeAsync();
    }

    /// <summary>The channel as the app composes it: its HttpClient with the Teams resilience handler.</summary>
    private ITeamsChannel Sut(int attempts = 4, bool localHost = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:MaxAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Teams:BaseDelayMilliseconds"] = "10",
            ["Teams:MaxDelaySeconds"] = "1",
        };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddTeamsChannel()
            .PostConfigure<TeamsOptions>(o => o.AllowLoopback = localHost);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<ITeamsChannel>();
    }

    [Fact]
    public async Task A_card_is_not_posted_to_this_machine_outside_the_local_host()
    {
        var e = await Assert.ThrowsAsync<TeamsWebhookRefusedException>(() => Sut(localHost: false).PostAsync(_teams.Url, Notice, CancellationToken.None));

        Assert.Equal(0, _teams.Posts);
        Assert.DoesNotContain("/workflows/hook", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://169.254.169.254/metadata/instance")]
    [InlineData("https://10.0.0.4/hook")]
    [InlineData("https://intranet.example/hook")]
    [InlineData("file:///etc/passwd")]
    public async Task A_card_is_not_posted_to_a_url_outside_the_policy(string url)
    {
        await Assert.ThrowsAsync<TeamsWebhookRefusedException>(() => Sut().PostAsync(url, Notice, CancellationToken.None));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_and_the_card_arrives()
    {
        _teams.Then(429, retryAfter: "1");

        await Sut().PostAsync(_teams.Url, Notice, CancellationToken.None);

        Assert.Equal(2, _teams.Posts);
        Assert.Single(_teams.Cards);
    }

    [Fact]
    public async Task Throttling_reported_inside_a_200_body_is_retried()
    {
        _teams.Then(200, "Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0");

        await Sut().PostAsync(_teams.Url, Notice, CancellationToken.None);

        Assert.Equal(2, _teams.Posts);
        Assert.Single(_teams.Cards);
    }

    [Fact]
    public async Task A_bad_request_fails_at_once_without_retrying()
    {
        _teams.Then(400, "bad card");

        var e = await Assert.ThrowsAsync<TeamsDeliveryException>(() => Sut().PostAsync(_teams.Url, Notice, CancellationToken.None));

        Assert.False(e.Transient);
        Assert.Equal(1, _teams.Posts);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_waits_only_the_cap()
    {
        _teams.Then(429, retryAfter: "3600");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Sut().PostAsync(_teams.Url, Notice, CancellationToken.None);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"waited {watch.Elapsed}");
        Assert.Single(_teams.Cards);
    }

    [Fact]
    public async Task A_server_that_stays_down_fails_the_call_after_the_last_attempt()
    {
        _teams.Down = true;

        await Assert.ThrowsAsync<TeamsDeliveryException>(() => Sut(attempts: 3).PostAsync(_teams.Url, Notice, CancellationToken.None));

        Assert.Equal(3, _teams.Posts);
        Assert.Empty(_teams.Cards);
    }
}
