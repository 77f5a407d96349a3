using System.Net;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// Issue 13, point 2, end to end: the platform delivers the same webhook twice while an agent is online. The first
/// delivery assigns the conversation and tells the owner; the retry must not tell them again as a "new message".
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class PlatformRetryTests : IAsyncLifetime
{
    private StepApp _sut = null!;

    public async Task InitializeAsync() => _sut = await StepApp.StartAsync(runTriggers: true);

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task A_platform_retry_of_a_mention_with_an_owner_online_sends_one_email()
    {
        var body = Mentions.Body(Mentions.One("retry1", "Pralka miała być w dwa dni, nie ma jej do dziś!", authorId: "retry-user"));

        Assert.Equal(HttpStatusCode.OK, (await _sut.App.PostMentionsAsync(body)).StatusCode);
        var first = Assert.Single(await _sut.App.Smtp.WaitForAsync(1));
        Assert.Equal(HttpStatusCode.OK, (await _sut.App.PostMentionsAsync(body)).StatusCode);
        await WaitForQueuesToDrainAsync();

        Assert.Equal("ola@test.local", first.To.Mailboxes.Single().Address);
        Assert.Single(_sut.App.Smtp.Messages);
        Assert.Single(_sut.Teams.Cards);
    }

    // Drained when each queue, in pipeline order, holds nothing (invisible messages still count): nothing can arrive
    // upstream afterwards, so the retry has been fully handled.
    private async Task WaitForQueuesToDrainAsync()
    {
        foreach (var name in new[] { "classify", "route", "notify" })
        {
            var queue = _sut.App.Queue(name);
            for (var i = 0; i < 200; i++)
            {
                if (!await queue.ExistsAsync() || (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0) break;
                await Task.Delay(100);
            }
            Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        }
    }
}
