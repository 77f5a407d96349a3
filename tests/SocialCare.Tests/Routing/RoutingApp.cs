using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Classification;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Tests.Channels;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Routing;

/// <summary>
/// The real app (HTTP only, no queue pumps) on a fake clock: Route and SlaWatch are called the way the Functions host
/// calls them (POST /{Function} with the envelope), with explicit classifications. Its Facebook page is connected:
/// the real Graph publisher talks to a local listener that takes every request, so what an agent sends is delivered.
/// </summary>
internal sealed class RoutingApp : IAsyncDisposable
{
    public const string Channel = "facebook:page1";

    /// <summary>Tuesday 24 November 2026, 10:00 in Warsaw (UTC+1): the default schedule is open 08:00–20:00.</summary>
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly FakePlatformApi graph;

    private RoutingApp(TestApp app, FakeTimeProvider time, FakePlatformApi graph)
    {
        App = app;
        Time = time;
        this.graph = graph;
    }

    /// <summary>What the page's Graph API was asked, in order.</summary>
    public IReadOnlyList<FakePlatformApi.RecordedRequest> GraphRequests
    {
        get { lock (graph.Requests) return [.. graph.Requests]; }
    }

    public TestApp App { get; }
    public FakeTimeProvider Time { get; }
    public HttpClient Client => App.Client;

    public static async Task<RoutingApp> StartAsync(DateTimeOffset? now = null, bool seedDemo = true, Action<IServiceCollection>? services = null)
    {
        var time = new FakeTimeProvider(now ?? TuesdayMorning);
        var graph = await FakePlatformApi.StartAsync();
        var ids = 0;
        graph.Otherwise = _ => new FakePlatformApi.CannedReply(200, $$"""{"id":"fb-{{Interlocked.Increment(ref ids)}}","success":true}""");
        var app = await TestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Queues:RunTriggers"] = "false",
                ["Demo:Seed"] = seedDemo ? "true" : "false",
                ["Meta:GraphBaseUrl"] = graph.BaseAddress().ToString(),
                [$"Channels:{Channel.Replace(':', '-')}:AccessToken"] = "page-token",
            },
            s =>
            {
                s.AddSingleton<TimeProvider>(time);
                services?.Invoke(s);
            });
        return new RoutingApp(app, time, graph);
    }

    public static Core.Classification.Classification Classified(Intent intent, Sentiment sentiment = Sentiment.Neutral, string language = "pl", params string[] signals) =>
        new(language, sentiment, 0.9, intent, signals, PriorityAssessment.Normal, Core.Classification.Classification.SourceOffline);

    public InboundEvent Event(string id, string text, string customer = "cust1", EventKind kind = EventKind.Comment, string? key = null, bool fromBrand = false) =>
        new(EventIds.For("facebook", id), "facebook", Channel, kind,
            key ?? (kind == EventKind.DirectMessage ? $"dm:{customer}" : "post:p1"),
            new Author(customer, "Klient " + customer), text, null, Time.GetUtcNow(), id, FromBrand: fromBrand);

    /// <summary>Runs Route on the event and returns its notify output (null when it emitted none).</summary>
    public async Task<NotifyMessage?> RouteAsync(InboundEvent e, Core.Classification.Classification c)
    {
        var message = new RouteMessage(RouteMessage.CurrentVersion, e.EventId, e, c);
        var next = (await InvokeAsync("Route", "message", JsonSerializer.SerializeToUtf8Bytes(message, CoreJson.Default.RouteMessage)))["next"];
        return next is null ? null : next.Deserialize(CoreJson.Default.NotifyMessage);
    }

    /// <summary>Runs Notify on the message, as the notify queue would deliver it.</summary>
    public Task NotifyAsync(NotifyMessage message) =>
        InvokeAsync("Notify", "message", JsonSerializer.SerializeToUtf8Bytes(message, CoreJson.Default.NotifyMessage));

    /// <summary>Runs SlaWatch once and returns what it sent to Notify (breaches and assignment notices).</summary>
    public async Task<IReadOnlyList<NotifyMessage>> WatchSlaAsync()
    {
        var outputs = await InvokeAsync("SlaWatch", "timer", null);
        return outputs["next"] is JsonArray array ? [.. array.Select(n => n!.Deserialize(CoreJson.Default.NotifyMessage)!)] : [];
    }

    /// <summary>Runs Announce once and returns what it sent to Notify (failed posts, hand-overs, backlog digests).</summary>
    public async Task<IReadOnlyList<NotifyMessage>> AnnounceAsync()
    {
        var outputs = await InvokeAsync("Announce", "timer", null);
        return outputs["notify"] is JsonArray array ? [.. array.Select(n => n!.Deserialize(CoreJson.Default.NotifyMessage)!)] : [];
    }

    // POST /{Function} with the envelope the host sends: a queue trigger (dataType binary) as base64 of the message
    // bytes, a timer as its schedule status. Returns the invocation's Outputs.
    /// <summary>
    /// Runs the Retrain timer as the host would, waiting as long as the host's function timeout (5 minutes) rather than
    /// the client's 60 s: training is seconds alone, more on a machine busy with the rest of the suite.
    /// </summary>
    public async Task RetrainAsync()
    {
        using var patient = new HttpClient { BaseAddress = Client.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        foreach (var header in Client.DefaultRequestHeaders) patient.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
        await InvokeAsync("Retrain", "timer", null, patient);
    }

    private async Task<JsonObject> InvokeAsync(string function, string binding, byte[]? message, HttpClient? client = null)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { [binding] = message is null ? new JsonObject { ["IsPastDue"] = false } : Convert.ToBase64String(message) },
            ["Metadata"] = message is null ? new JsonObject() : new JsonObject { ["DeliveryCount"] = "1" },
        };
        var response = await (client ?? App.Client).PostAsync($"/{function}", new StringContent(envelope.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["Outputs"] as JsonObject ?? [];
    }

    public async Task<JsonObject> ConversationAsync(string id) =>
        (await Client.GetFromJsonAsync<JsonObject>($"/api/conversations/{id}"))!;

    public async Task<JsonArray> OutboxAsync() =>
        (await Client.GetFromJsonAsync<JsonArray>("/api/outbox"))!;

    public Task<HttpResponseMessage> PostAsync(string path, object body) => Client.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => Client.PutAsJsonAsync(path, body);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await graph.DisposeAsync();
    }
}
