using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Moderation;

namespace SocialCare.Tests.Crisis;

/// <summary>Crisis detection in the real Classify function, with its state in Table Storage and time from a fake clock.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class CrisisDetectionTests : IAsyncLifetime
{
    private const string Channel = "facebook:page1";
    private const string Complaint = "Your delivery is terrible and the courier lost my parcel, worst service ever";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" }, s => s.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<List<string>> SendAsync(int count, string text = Complaint)
    {
        var notifications = new List<string>();
        for (var i = 0; i < count; i++)
        {
            notifications.AddRange(ClassifyInvocation.Notifications(await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event(text, Channel, authorId: $"c{i}"))));
        }
        return notifications;
    }

    [Fact]
    public async Task A_wave_of_negative_events_opens_one_episode_per_scope_grows_with_updates_and_closes_after_a_quiet_hour()
    {
        var belowMinimum = await SendAsync(9);
        var atMinimum = await SendAsync(1);
        var stillOpen = await SendAsync(4);
        var grown = await SendAsync(1);

        Assert.Empty(belowMinimum);
        Assert.Equal(2, atMinimum.Count);
        Assert.All(atMinimum, n => Assert.EndsWith(":open", n, StringComparison.Ordinal));
        Assert.Empty(stillOpen);
        Assert.Equal(2, grown.Count);
        Assert.All(grown, n => Assert.EndsWith(":update-1", n, StringComparison.Ordinal));

        var episodes = _app.Services.GetRequiredService<ICrisisEpisodes>();
        var episodeIds = atMinimum.Select(n => n[..n.LastIndexOf(':')]).ToList();
        var channelEpisode = (await Task.WhenAll(episodeIds.Select(id => episodes.GetAsync(id, CancellationToken.None)))).Single(e => e!.Scope == Channel)!;
        Assert.Equal(15, channelEpisode.Count);
        Assert.Equal(10, channelEpisode.Threshold);
        Assert.Null(channelEpisode.ClosedAt);

        _time.Advance(TimeSpan.FromMinutes(30));
        var quietHalfHour = await WatchAsync();
        _time.Advance(TimeSpan.FromMinutes(31));
        var closed = await WatchAsync();

        Assert.Empty(quietHalfHour);
        Assert.Equal(episodeIds.Select(id => id + ":close").Order(), closed.Order());
        Assert.NotNull((await episodes.GetAsync(channelEpisode.Id, CancellationToken.None))!.ClosedAt);
    }

    [Fact]
    public async Task A_long_wave_of_long_russian_complaints_keeps_its_episode_row_small_enough_to_store_and_later_events_classify()
    {
        var complaint = string.Concat(Enumerable.Repeat("Ваш курьер потерял посылку, поддержка молчит, верните деньги немедленно! ", 120));
        var notifications = new List<string>();
        // A minute apart, each event rewrites the open row: the episode samples its texts up to the sample size.
        for (var i = 0; i < Core.Classification.Crisis.CrisisState.SampleSize + 15; i++)
        {
            notifications.AddRange(await SendAsync(1, complaint + i));
            _time.Advance(TimeSpan.FromMinutes(1));
        }
        var later = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event("Ужасный сервис, курьер опять опоздал", Channel, authorId: "later"));

        Assert.Equal(2, notifications.Count(n => n.EndsWith(":open", StringComparison.Ordinal)));
        Assert.NotNull(later["next"]);
        var open = await _app.Services.GetRequiredService<ICrisisEpisodeStore>().GetOpenAsync(Channel, CancellationToken.None);
        Assert.Equal(Core.Classification.Crisis.CrisisState.SampleSize, open!.Value.Sample!.Count);
        Assert.Contains("курьер потерял", open.Value.Episode.TopPhrases);
    }

    [Fact]
    public async Task A_channel_that_is_usually_busy_at_this_hour_needs_three_times_its_usual_level()
    {
        // 20 negative events on Monday 10:00-11:00 in each of the four previous weeks: usually 5 a quarter-hour, threshold 15.
        var window = _app.Services.GetRequiredService<INegativeEventWindow>();
        for (var week = 1; week <= 4; week++)
        {
            for (var i = 0; i < 20; i++)
            {
                await window.RecordAsync([Channel], $"history-{week}-{i}", _time.GetUtcNow().AddDays(-7 * week).AddMinutes(i * 2), TimeSpan.Zero, CancellationToken.None);
            }
        }

        var fourteen = await SendAsync(14);
        var fifteenth = await SendAsync(1);

        // The brand-wide scope has no history: it opens at the minimum of 10.
        Assert.Single(fourteen, n => n.EndsWith(":open", StringComparison.Ordinal));
        Assert.Single(fifteenth, n => n.EndsWith(":open", StringComparison.Ordinal));
        var episode = await _app.Services.GetRequiredService<ICrisisEpisodes>().GetAsync(fifteenth.Single(n => n.EndsWith(":open", StringComparison.Ordinal))[..^5], CancellationToken.None);
        Assert.Equal((Channel, 15, 5.0), (episode!.Scope, episode.Threshold, episode.UsualLevel));
    }

    [Fact]
    public async Task A_redelivered_negative_event_does_not_count_twice()
    {
        var e = ClassifyInvocation.Event(Complaint, Channel);
        var notifications = new List<string>();
        for (var i = 0; i < 12; i++) notifications.AddRange(ClassifyInvocation.Notifications(await ClassifyInvocation.ClassifyAsync(_app, e)));

        Assert.Empty(notifications);
    }

    [Fact]
    public async Task A_redelivery_in_a_later_minute_does_not_count_twice_but_a_new_event_does()
    {
        var first = ClassifyInvocation.Event(Complaint, Channel, authorId: "again");
        await ClassifyInvocation.ClassifyAsync(_app, first);
        var nineWithFirst = await SendAsync(8);
        var redeliveries = new List<string>();
        for (var delivery = 2; delivery <= 6; delivery++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            redeliveries.AddRange(ClassifyInvocation.Notifications(await ClassifyInvocation.ClassifyAsync(_app, first, delivery)));
        }
        var tenth = await SendAsync(1);

        Assert.Empty(nineWithFirst);
        Assert.Empty(redeliveries);
        Assert.Equal(2, tenth.Count(n => n.EndsWith(":open", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_safety_signal_opens_an_episode_at_once_and_escalates_an_open_one()
    {
        var opened = await SendAsync(1, "The charger caught fire overnight and burned my desk");

        Assert.Equal(2, opened.Count);
        Assert.All(opened, n => Assert.EndsWith(":open", n, StringComparison.Ordinal));
        var episode = await _app.Services.GetRequiredService<ICrisisEpisodes>().GetAsync(opened[0][..opened[0].LastIndexOf(':')], CancellationToken.None);
        Assert.True(episode!.SafetyEscalation);
        Assert.Contains("fire", Assert.Single(episode.WorstExamples).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_safety_signal_escalates_an_episode_opened_by_volume()
    {
        var opened = await SendAsync(10);
        var escalated = await SendAsync(1, "После вашей шаурмы у меня отравление, лежу дома");
        var again = await SendAsync(1, "После вашей шаурмы у меня отравление, лежу дома");

        Assert.Equal(2, opened.Count);
        Assert.Equal(2, escalated.Count);
        Assert.All(escalated, n => Assert.EndsWith(":update-1", n, StringComparison.Ordinal));
        Assert.Empty(again);
    }

    [Fact]
    public async Task Neutral_and_positive_messages_never_open_an_episode()
    {
        var notifications = await SendAsync(12, "Thank you, the new app is great!");

        Assert.Empty(notifications);
    }

    private async Task<List<string>> WatchAsync()
    {
        var response = await _app.Client.PostAsync("/CrisisWatch", new StringContent("""{"Data":{"timer":{"IsPastDue":false}},"Metadata":{}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. ClassifyInvocation.Notifications(await ClassifyInvocation.OutputsAsync(response))];
    }
}
