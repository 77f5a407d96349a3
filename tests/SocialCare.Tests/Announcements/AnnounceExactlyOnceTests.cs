using SocialCare.Tests.Infrastructure;
using Azure.Data.Tables;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Announcements;
using SocialCare.Core.Hours;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;
using SocialCare.Tests.Hours;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCare.Tests.Announcements;

/// <summary>Concurrent runs and a run that crashed half-way never post twice, and never leave a post out.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AnnounceExactlyOnceTests : IAsyncLifetime
{
    // Monday 2027-12-20 08:00 UTC: 09:00 in Warsaw, 11:00 in Moscow, 08:00 in London.
    private const string Opening = "2027-12-20T08:00:00Z";
    private AnnounceApp _sut = null!;

    public async Task InitializeAsync()
    {
        _sut = await AnnounceApp.StartAsync(Schedules.At(Opening));
        await _sut.PutScheduleAsync("facebook:waw", Schedules.Weekdays("Europe/Warsaw", "pl", OpeningInterval.Of("09:00", "17:00")));
        await _sut.PutScheduleAsync("telegram:msk", Schedules.Weekdays("Europe/Moscow", "ru", OpeningInterval.Of("11:00", "19:00")));
        await _sut.PutScheduleAsync("vk:lon", Schedules.Weekdays("Europe/London", "en", OpeningInterval.Of("08:00", "16:00")));
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Three_concurrent_runs_produce_exactly_one_post_per_channel()
    {
        foreach (var instant in new[] { Opening, "2027-12-20T08:10:00Z", "2027-12-20T16:00:00Z", "2027-12-21T08:00:00Z" })
        {
            _sut.SetTime(instant);
            var runs = await Task.WhenAll(_sut.RunAsync(), _sut.RunAsync(), _sut.RunAsync());
            var published = runs.Sum(r => r.GetProperty("Logs").EnumerateArray().Count(l => l.GetString()!.StartsWith("published", StringComparison.Ordinal)));
            Assert.Equal(instant == "2027-12-20T08:10:00Z" ? 0 : 3, published);
        }

        foreach (var channel in new[] { "facebook:waw", "telegram:msk", "vk:lon" })
        {
            var posts = await _sut.OutboxAsync(channel);
            Assert.Equal(["opening", "closing", "opening"], posts.Select(p => p.Announcement));
        }
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_run_is_taken_over_after_its_lease_and_posted_once()
    {
        await InsertClaimAsync("facebook:waw", "2027-12-20:opening", claimedAt: Schedules.At(Opening));
        _sut.SetTime("2027-12-20T08:02:00Z");
        await _sut.RunAsync();
        Assert.Empty(await _sut.OutboxAsync("facebook:waw")); // Still within the crashed run's lease: it may yet finish.

        _sut.SetTime("2027-12-20T08:06:00Z");
        await Task.WhenAll(_sut.RunAsync(), _sut.RunAsync());
        _sut.SetTime("2027-12-20T08:12:00Z");
        await _sut.RunAsync();

        var post = Assert.Single(await _sut.OutboxAsync("facebook:waw"));
        Assert.Equal("opening", post.Announcement);
        Assert.Equal(Schedules.At("2027-12-20T08:06:00Z"), post.At);
        Assert.Equal(TableAnnouncementClaims.Done, (await ClaimAsync("facebook:waw", "2027-12-20:opening")).GetString("State"));
    }

    [Fact]
    public async Task A_crashed_run_that_had_already_published_is_not_posted_again()
    {
        // The crashed run published (its outbox entry carries the slot's id) but died before marking the claim done.
        var slotKey = "facebook:waw:2027-12-20:opening";
        var outbox = _sut.App.Services.GetRequiredService<IOutbox>();
        var request = new PublishRequest("facebook:waw", PublishAction.Post, "Dzień dobry!", Announcement: "opening", OutboxId: AnnouncementOutboxId.For(slotKey));
        await outbox.RecordAsync(OutboxEntries.For(request, Schedules.At("2027-12-20T08:00:01Z"), OutboxStatus.Recorded), CancellationToken.None);
        await InsertClaimAsync("facebook:waw", "2027-12-20:opening", claimedAt: Schedules.At(Opening));

        _sut.SetTime("2027-12-20T08:10:00Z");
        var run = await _sut.RunAsync();

        Assert.Single(await _sut.OutboxAsync("facebook:waw"));
        Assert.Contains(run.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("already published", StringComparison.Ordinal));
        Assert.Equal(TableAnnouncementClaims.Done, (await ClaimAsync("facebook:waw", "2027-12-20:opening")).GetString("State"));
        Assert.Contains(_sut.App.Logs.Lines, l => l.Contains("not posted again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_missed_by_more_than_the_lateness_is_not_published()
    {
        _sut.SetTime("2027-12-20T08:31:00Z");

        await _sut.RunAsync();

        Assert.Empty(await _sut.OutboxAsync("facebook:waw"));
    }

    private async Task InsertClaimAsync(string channelId, string slot, DateTimeOffset claimedAt)
    {
        var table = _sut.Table(TableNames.Announcements);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity(TableKeys.Safe(channelId), slot)
        {
            ["ChannelId"] = channelId,
            ["State"] = TableAnnouncementClaims.Claimed,
            ["FirstClaimAt"] = claimedAt,
            ["ClaimedAt"] = claimedAt,
            ["Attempts"] = 1,
        });
    }

    private async Task<TableEntity> ClaimAsync(string channelId, string slot) =>
        (await _sut.Table(TableNames.Announcements).GetEntityAsync<TableEntity>(TableKeys.Safe(channelId), slot)).Value;
}
