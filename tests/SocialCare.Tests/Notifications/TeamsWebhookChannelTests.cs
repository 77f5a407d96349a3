using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Teams;
using SocialCare.Core.Notifications;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

public sealed class TeamsWebhookChannelTests : IAsyncLifetime
{
    private FakeTeamsWebhook _teams = null!;
    private readonly HttpClient _http = new();

    private static readonly Notice Notice = new("New complaint", "[P1]", "text", [new("Platform", "facebook")], [new("Open", new Uri("https://care.test/c/1"))]);

    public async Task InitializeAsync() => _teams = await FakeTeamsWebhook.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _teams.DisposeAsync();
    }

    private TeamsWebhookChannel Sut(int attempts = 4, bool localHost = true) =>
        new(_http, Options.Create(new TeamsOptions { MaxAttempts = attempts, BaseDelayMilliseconds = 10, MaxDelaySeconds = 1 }), new TeamsWebhookUrlPolicy([], localHost), TimeProvider.System, NullLogger<TeamsWebhookChannel>.Instance);

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
    public async Task A_server_that_stays_down_fails_the_call_after_the_last_attempt()
    {
        _teams.Down = true;

        await Assert.ThrowsAsync<TeamsDeliveryException>(() => Sut(attempts: 3).PostAsync(_teams.Url, Notice, CancellationToken.None));

        Assert.Equal(3, _teams.Posts);
        Assert.Empty(_teams.Cards);
    }
}
