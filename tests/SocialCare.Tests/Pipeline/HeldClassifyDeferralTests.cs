using SocialCare.Tests.Infrastructure;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// Issue 13, crash drill: the app was killed while Classify was hiding an abusive comment, so the hide stays claimed
/// for the claim's lease. Before, the redelivery failed on the held claim, was retried at once and dead-lettered
/// within seconds: the acknowledged event never became a conversation. Now the delivery defers its message past the
/// lease, and the copy hides the comment once and carries the event through route and notify. The app's own queue
/// pumps run (real clock, as Azurite's visibility is), so the dead-letter queue is the real one.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class HeldClassifyDeferralTests : IAsyncLifetime
{
    private static readonly TimeSpan CrashedLease = TimeSpan.FromSeconds(3);
    private StepApp _sut = null!;

    public async Task InitializeAsync() => _sut = await StepApp.StartAsync(runTriggers: true);

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task A_classify_whose_hide_a_crashed_delivery_holds_is_not_dead_lettered_and_becomes_its_conversation_after_the_lease()
    {
        var e = _sut.Event("you people are complete idiots");
        var hide = new PublishRequest(e.ChannelId, PublishAction.Hide, null, InReplyTo: e.RawEventId);
        var claims = _sut.App.Services.GetRequiredService<IPublishClaims>();
        var crashed = await claims.TryClaimAsync(CommentModerator.StepKey(e, hide), TimeProvider.System.GetUtcNow(), CrashedLease, CancellationToken.None);

        await _sut.App.Services.GetRequiredService<IQueueSender>().SendAsync(
            QueueNames.Classify, new OutgoingMessage(e.EventId, JsonSerializer.SerializeToUtf8Bytes(ClassifyMessage.For(e), CoreJson.Default.ClassifyMessage)), CancellationToken.None);
        await WaitForLogAsync($"{e.EventId}:after:");

        Assert.Equal(PublishClaimState.Claimed, crashed.State);
        Assert.Empty(await _sut.OutboxAsync());
        Assert.Empty(_sut.App.Smtp.Messages);

        var mail = Assert.Single(await _sut.App.Smtp.WaitForAsync(1, TimeSpan.FromSeconds(60)));
        Assert.Equal("ola@test.local", mail.To.Mailboxes.Single().Address);
        var post = Assert.Single(await _sut.OutboxAsync());
        Assert.Equal(("hide", e.RawEventId), (post!["action"]!.GetValue<string>(), post["inReplyTo"]!.GetValue<string>()));
        var deadLetters = _sut.App.Queue(QueueNames.Classify + QueueNames.DeadLetterSuffix);
        Assert.True(!await deadLetters.ExistsAsync() || (await deadLetters.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0);
    }

    private async Task WaitForLogAsync(string fragment)
    {
        var waiting = Stopwatch.StartNew();
        while (!_sut.App.Logs.Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromSeconds(30), $"No log line with {fragment}.");
            await Task.Delay(50);
        }
    }
}
