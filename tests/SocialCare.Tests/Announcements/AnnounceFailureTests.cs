using SocialCare.Tests.Infrastructure;
using System.Net.Http.Json;
using Azure.Data.Tables;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Messages;
using SocialCare.Core.Publishing;
using SocialCare.Tests.Channels;
using SocialCare.Tests.Hours;

namespace SocialCare.Tests.Announcements;

/// <summary>A channel with credentials whose platform answers 500: the post is retried and the team told, never skipped in silence.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AnnounceFailureTests
{
    [Fact]
    public async Task A_failed_publish_is_raised_to_the_team_and_retried_until_it_goes_out_once()
    {
        await using var platform = await FakePlatformApi.StartAsync();
        await using var sut = await AnnounceApp.StartAsync(Schedules.At("2027-12-20T07:00:00Z"), new Dictionary<string, string?>
        {
            ["Telegram:ApiBaseUrl"] = platform.BaseAddress().ToString(),
            ["Channels:telegram-555:AccessToken"] = "555:bot-token",
            ["Channels:telegram-555:PostChatId"] = "@brand",
        });
        await sut.PutScheduleAsync("telegram:555", Schedules.Weekdays("Europe/Warsaw", "pl"));
        platform.Reply(500, """{"ok":false,"error_code":500,"description":"Internal Server Error"}""");

        var admin = await sut.App.Client.PostAsJsonAsync("/admin/functions/Announce", new { });
        var notice = await sut.NextNotifyAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(System.Net.HttpStatusCode.Accepted, admin.StatusCode);
        Assert.Equal(NotificationKind.AnnouncementFailed, notice.Kind);
        Assert.Equal("announce-failed:telegram:555:2027-12-20:opening", notice.NotificationId);
        Assert.StartsWith("telegram:555 2027-12-20:opening: ", notice.Detail);
        Assert.Contains("Internal Server Error", notice.Detail);
        Assert.Contains(sut.App.Logs.Lines, l => l.Contains("telegram:555", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal));
        var claim = (await sut.Table(TableNames.Announcements).GetEntityAsync<TableEntity>(TableKeys.Safe("telegram:555"), "2027-12-20:opening")).Value;
        Assert.Equal(TableAnnouncementClaims.Failed, claim.GetString("State"));

        // The next run, a minute later, tries again and the platform takes it; later runs leave it alone.
        platform.Reply(200, """{"ok":true,"result":{"message_id":77,"chat":{"id":-100,"type":"channel"},"date":1},"description":""}""");
        sut.SetTime("2027-12-20T07:01:00Z");
        var retry = await sut.RunAsync();
        sut.SetTime("2027-12-20T07:02:00Z");
        var after = await sut.RunAsync();

        Assert.False(retry.GetProperty("Outputs").TryGetProperty("notify", out _));
        Assert.Empty(after.GetProperty("Logs").EnumerateArray());
        Assert.Equal(2, platform.Requests.Count);
        Assert.All(platform.Requests, r => Assert.EndsWith("/bot555:bot-token/sendMessage", r.PathAndQuery, StringComparison.Ordinal));
        var outbox = await sut.OutboxAsync("telegram:555");
        Assert.Equal([OutboxStatus.Failed, OutboxStatus.Published], outbox.Select(e => e.Status));
        Assert.All(outbox, e => Assert.Equal("opening", e.Announcement));
        Assert.Equal("77", outbox[1].PlatformId);
    }

    [Fact]
    public async Task A_post_that_keeps_failing_tells_the_team_on_every_run_under_one_notification_id()
    {
        await using var platform = await FakePlatformApi.StartAsync();
        await using var sut = await AnnounceApp.StartAsync(Schedules.At("2027-12-20T07:00:00Z"), new Dictionary<string, string?>
        {
            ["Telegram:ApiBaseUrl"] = platform.BaseAddress().ToString(),
            ["Channels:telegram-555:AccessToken"] = "555:bot-token",
            ["Channels:telegram-555:PostChatId"] = "@brand",
        });
        await sut.PutScheduleAsync("telegram:555", Schedules.Weekdays("Europe/Warsaw", "pl"));

        var ids = new List<string?>();
        foreach (var minute in new[] { 0, 1, 2 })
        {
            sut.Time.SetUtcNow(Schedules.At("2027-12-20T07:00:00Z").AddMinutes(minute));
            var run = await sut.RunAsync();
            ids.Add(run.GetProperty("Outputs").GetProperty("notify")[0].GetProperty("notificationId").GetString());
        }
        sut.SetTime("2027-12-20T07:31:00Z");
        var late = await sut.RunAsync();

        Assert.Equal(3, platform.Requests.Count);
        Assert.Single(ids.Distinct());
        Assert.False(late.GetProperty("Outputs").TryGetProperty("notify", out _));
        Assert.DoesNotContain(await sut.OutboxAsync("telegram:555"), e => e.Status != OutboxStatus.Failed);
    }
}
