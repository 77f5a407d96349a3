using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Classification;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Routing;

/// <summary>
/// The real app (HTTP only, no queue pumps) on a fake clock: Route and SlaWatch are called the way the Functions host
/// calls them (POST /{Function} with the envelope), with explicit classifications.
/// </summary>
internal sealed class RoutingApp : IAsyncDisposable
{
    public const string Channel = "facebook:page1";

    /// <summary>Tuesday 24 November 2026, 10:00 in Warsaw (UTC+1): the default schedule is open 08:00–20:00.</summary>
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private RoutingApp(TestApp app, FakeTimeProvider time)
    {
        App = app;
        Time = time;
    }

    public TestApp App { get; }
    public FakeTimeProvider Time { get; }
    public HttpClient Client => App.Client;

    public static async Task<RoutingApp> StartAsync(DateTimeOffset? now = null, bool seedDemo = true)
    {
        var time = new FakeTimeProvider(now ?? TuesdayMorning);
        var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false", ["Demo:Seed"] = seedDemo ? "true" : "false" },
            s => s.AddSingleton<TimeProvider>(time));
        return new RoutingApp(app, time);
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
        var envelope = new JsonObject
        {
            // Route's trigger is dataType binary: the host sends base64 of the message bytes.
            ["Data"] = new JsonObject { ["message"] = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(message, CoreJson.Default.RouteMessage)) },
            ["Metadata"] = new JsonObject { ["DeliveryCount"] = "1" },
        };
        var response = await App.Client.PostAsync("/Route", new StringContent(envelope.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var next = JsonNode.Parse(body)!["Outputs"]?["next"];
        return next is null ? null : next.Deserialize(CoreJson.Default.NotifyMessage);
    }

    /// <summary>Runs SlaWatch once and returns the breaches it raised.</summary>
    public async Task<IReadOnlyList<NotifyMessage>> WatchSlaAsync()
    {
        var envelope = new JsonObject { ["Data"] = new JsonObject { ["timer"] = new JsonObject { ["IsPastDue"] = false } }, ["Metadata"] = new JsonObject() };
        var response = await App.Client.PostAsync("/SlaWatch", new StringContent(envelope.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var next = JsonNode.Parse(body)!["Outputs"]?["next"];
        return next is JsonArray array ? [.. array.Select(n => n!.Deserialize(CoreJson.Default.NotifyMessage)!)] : [];
    }

    public async Task<JsonObject> ConversationAsync(string id) =>
        (await Client.GetFromJsonAsync<JsonObject>($"/api/conversations/{id}"))!;

    public async Task<JsonArray> OutboxAsync() =>
        (await Client.GetFromJsonAsync<JsonArray>("/api/outbox"))!;

    public Task<HttpResponseMessage> PostAsync(string path, object body) => Client.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => Client.PutAsJsonAsync(path, body);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
