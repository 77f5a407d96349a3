using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Vk;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Channels;

public sealed class ChannelPublishersTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);
    private readonly InMemoryOutbox outbox = new();
    private readonly FakeTimeProvider clock = new(Now);
    private FakePlatformApi api = null!;
    private ChannelPublishers sut = null!;

    public async Task InitializeAsync()
    {
        api = await FakePlatformApi.StartAsync();
        var vk = new VkPublisher(api.Client("method/"), ChannelSettings.Credentials(("Channels:vk-2187:AccessToken", "t")), clock, new VkOptions());
        sut = new ChannelPublishers([vk], outbox, clock);
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_channel_without_credentials_is_recorded_in_the_outbox_marked_not_sent_and_reports_no_success()
    {
        var result = await sut.PublishAsync(new PublishRequest("vk:9999", PublishAction.Post, "We're online", Announcement: "opening:2026-11-23"), default);

        Assert.Equal((false, true, "not sent: channel not connected"), (result.Succeeded, result.Recorded, result.Error));
        Assert.Empty(api.Requests);
        var entry = Assert.Single(outbox.Entries);
        Assert.Equal(("vk:9999", "post", "recorded", "We're online", "opening:2026-11-23", Now, "not sent: channel not connected"),
            (entry.ChannelId, entry.Action, entry.Status, entry.Text, entry.Announcement, entry.At, entry.Error));
    }

    [Fact]
    public async Task A_platform_without_a_publisher_is_recorded_too()
    {
        await sut.PublishAsync(new PublishRequest("facebook:1", PublishAction.Reply, "Hi", InReplyTo: "c1", ConversationId: "comment:c1"), default);

        var entry = Assert.Single(outbox.Entries);
        Assert.Equal(("recorded", "reply", "c1", "comment:c1"), (entry.Status, entry.Action, entry.InReplyTo, entry.ConversationId));
    }

    [Fact]
    public async Task A_real_publish_is_audited_as_published_with_the_platform_id()
    {
        api.Reply(200, """{"response":77}""");

        await sut.PublishAsync(new PublishRequest("vk:2187", PublishAction.Dm, "Hi", TargetUserId: "5"), default);

        var entry = Assert.Single(outbox.Entries);
        Assert.Equal(("published", "77", (string?)null), (entry.Status, entry.PlatformId, entry.Error));
    }

    [Fact]
    public async Task A_failed_publish_is_audited_as_failed_with_the_platform_error()
    {
        api.Reply(200, """{"error":{"error_code":15,"error_msg":"Access denied"}}""");

        var result = await sut.PublishAsync(new PublishRequest("vk:2187", PublishAction.Dm, "Hi", TargetUserId: "5"), default);

        Assert.False(result.Succeeded);
        var entry = Assert.Single(outbox.Entries);
        Assert.Equal("failed", entry.Status);
        Assert.Contains("Access denied", entry.Error);
    }

    [Fact]
    public async Task An_unreachable_platform_is_audited_as_failed_and_the_error_still_reaches_the_caller()
    {
        var vk = new VkPublisher(new HttpClient { BaseAddress = new Uri("http://127.0.0.1:1/method/") },
            ChannelSettings.Credentials(("Channels:vk-2187:AccessToken", "t")), clock, new VkOptions());
        var unreachable = new ChannelPublishers([vk], outbox, clock);

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            unreachable.PublishAsync(new PublishRequest("vk:2187", PublishAction.Dm, "Hi", TargetUserId: "5"), default));

        Assert.Equal("failed", Assert.Single(outbox.Entries).Status);
    }

    [Theory]
    [InlineData(-1, MessagingWindowState.Standard)]
    [InlineData(-24, MessagingWindowState.Standard)]
    [InlineData(-25, MessagingWindowState.HumanAgent)]
    [InlineData(-168, MessagingWindowState.HumanAgent)]
    [InlineData(-169, MessagingWindowState.Closed)]
    public void Messaging_window_is_counted_from_the_last_customer_message(int hours, MessagingWindowState expected) =>
        Assert.Equal(expected, MessagingWindow.At(Now.AddHours(hours), Now));
}
