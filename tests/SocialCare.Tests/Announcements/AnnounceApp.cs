using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Hours;
using SocialCare.Core.Messages;
using SocialCare.Core.Publishing;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Announcements;

/// <summary>The real app on a fake clock, triggers off, with helpers to store schedules, run Announce and read the outbox.</summary>
internal sealed class AnnounceApp : IAsyncDisposable
{
    private AnnounceApp(TestApp app, FakeTimeProvider time)
    {
        App = app;
        Time = time;
    }

    public TestApp App { get; }
    public FakeTimeProvider Time { get; }

    public static async Task<AnnounceApp> StartAsync(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(now);
        var values = new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var app = await TestApp.StartAsync(values, s => s.AddSingleton<TimeProvider>(time));
        return new AnnounceApp(app, time);
    }

    public void SetTime(string iso) => Time.SetUtcNow(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    public async Task PutScheduleAsync(string channelId, ChannelSchedule schedule)
    {
        var response = await App.Client.PutAsync($"/api/schedules/{channelId}", Json(schedule));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static StringContent Json(ChannelSchedule schedule) =>
        new(JsonSerializer.Serialize(schedule, HoursJson.Default.ChannelSchedule), Encoding.UTF8, "application/json");

    /// <summary>POST /Announce as the Functions host calls a timer function; returns the response envelope.</summary>
    public async Task<JsonElement> RunAsync()
    {
        var envelope = new { Data = new { timer = new { Schedule = new { AdjustForDST = true }, IsPastDue = false } }, Metadata = new { } };
        var response = await App.Client.PostAsJsonAsync("/Announce", envelope);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return body.RootElement.Clone();
    }

    public async Task<List<OutboxEntry>> OutboxAsync(string channelId)
    {
        var entries = await App.Client.GetFromJsonAsync($"/api/outbox?limit=1000&channelId={Uri.EscapeDataString(channelId)}", CoreJson.Default.ListOutboxEntry);
        return [.. entries!.OrderBy(e => e.At)];
    }

    public TableClient Table(string name) => new(App.Azurite.ConnectionString, App.Prefix + name);

    public async Task<NotifyMessage> NextNotifyAsync(TimeSpan timeout)
    {
        var queue = App.Queue(QueueNames.Notify);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (await queue.ExistsAsync())
            {
                var peeked = await queue.PeekMessagesAsync(1);
                if (peeked.Value.Length > 0) return JsonSerializer.Deserialize(peeked.Value[0].Body.ToArray(), CoreJson.Default.NotifyMessage)!;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("No message reached the notify queue.");
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
