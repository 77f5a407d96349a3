using SocialCare.Tests.Infrastructure;
using System.Net.Http.Json;
using System.Text.Json;
using SocialCare.Core.Messages;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Notifications;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class DeadLetterReplayTests : IAsyncLifetime
{
    private NotifyApp _sut = null!;

    public async Task InitializeAsync() => _sut = await NotifyApp.StartAsync(new Dictionary<string, string?> { ["Queues:MaxDeliveryCount"] = "2", ["Queues:RetryDelayMilliseconds"] = "10" });

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Notifications_that_failed_while_teams_and_mail_were_down_arrive_exactly_once_after_replay()
    {
        _sut.Teams.Down = true;
        _sut.App.Smtp.Refusing = true;
        for (var i = 1; i <= 3; i++)
        {
            await _sut.SaveAsync(Conversations.Complaint($"conv-dl{i}"), Conversations.Message($"dl{i}", $"wiadomość {i}"));
            await _sut.NotifyAsync(new NotifyMessage(NotifyMessage.CurrentVersion, $"new:dl{i}", NotificationKind.NewMessage, $"conv-dl{i}", $"dl{i}"));
        }

        var notify = await WaitForDeadLettersAsync(3);
        Assert.Equal(3, notify.GetProperty("count").GetInt32());
        Assert.All(notify.GetProperty("items").EnumerateArray(), item => Assert.Equal("MaxDeliveryCountExceeded", item.GetProperty("reason").GetString()));
        Assert.Empty(_sut.App.Smtp.Messages);

        _sut.Teams.Down = false;
        _sut.App.Smtp.Refusing = false;
        var replay = await _sut.App.Client.PostAsync("/api/deadletters/notify/replay", null);
        replay.EnsureSuccessStatusCode();
        Assert.Equal(3, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());

        await _sut.App.Smtp.WaitForAsync(3);
        await _sut.Teams.WaitForAsync(3);
        await _sut.App.DrainedAsync();
        Assert.Equal(3, _sut.App.Smtp.Messages.Count);
        Assert.Equal(3, _sut.App.Smtp.Messages.Select(m => m.Subject).Distinct().Count());
        Assert.Equal(3, _sut.Teams.Cards.Count);
        Assert.Equal(0, (await WaitForDeadLettersAsync(0)).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Replaying_an_unknown_queue_is_404()
    {
        var response = await _sut.App.Client.PostAsync("/api/deadletters/nope/replay", null);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonElement> WaitForDeadLettersAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var all = await _sut.App.Client.GetFromJsonAsync<JsonElement>("/api/deadletters");
            var notify = all.EnumerateArray().Single(q => q.GetProperty("queue").GetString() == "notify");
            if (notify.GetProperty("count").GetInt32() == count || DateTime.UtcNow > deadline) return notify;
            await Task.Delay(200);
        }
    }
}
