using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Notifications.Fakes;

namespace SocialCare.Tests.Pipeline;

/// <summary>
/// The real app with its queue pumps off, so a test runs classify, route and notify one at a time (POST /{Function}
/// with the host's envelope) and can deliver any step again. Every default team posts to one Teams listener; agent
/// "ola" is online in all of them and wants both a card and an email. The clock is fake: Tuesday 10:00 in Warsaw.
/// </summary>
internal sealed class StepApp : IAsyncDisposable
{
    public const string Channel = "facebook:page1";
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static int _sequence;

    private StepApp(TestApp app, FakeTeamsWebhook teams, FakeTimeProvider time)
    {
        App = app;
        Teams = teams;
        Time = time;
    }

    public TestApp App { get; }
    public FakeTeamsWebhook Teams { get; }
    public FakeTimeProvider Time { get; }

    public static async Task<StepApp> StartAsync(bool runTriggers = false)
    {
        var teams = await FakeTeamsWebhook.StartAsync();
        var time = new FakeTimeProvider(TuesdayMorning);
        var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Queues:RunTriggers"] = runTriggers ? "true" : "false", ["Teams:BaseDelayMilliseconds"] = "10" },
            s => { if (!runTriggers) s.AddSingleton<TimeProvider>(time); });
        var directory = app.Services.GetRequiredService<IRoutingDirectory>();
        foreach (var team in DefaultRouting.Teams) await directory.PutTeamAsync(team with { TeamsWebhookUrl = teams.Url, Email = $"{team.Id}@test.local" }, CancellationToken.None);
        await directory.PutAgentAsync(new Agent("ola", "Ola Kowalska", "ola@test.local", DefaultRouting.TeamIds, ["pl", "en", "ru"], 50, Online: true, NotificationPreference.Both), CancellationToken.None);
        return new StepApp(app, teams, time);
    }

    /// <summary>A new customer event on the page (a fresh event id each call).</summary>
    public InboundEvent Event(string text, EventKind kind = EventKind.Comment, string customer = "cust1")
    {
        var n = Interlocked.Increment(ref _sequence);
        var key = kind == EventKind.DirectMessage ? $"dm:{customer}" : $"post:p{n}";
        return new InboundEvent(EventIds.For("facebook", $"step{n}"), "facebook", Channel, kind, key, new Author(customer, "Klient " + customer), text, null, Time.GetUtcNow(), $"step{n}");
    }

    /// <summary>Runs Classify and returns its outputs ("next" for route, "notify" for crisis alerts).</summary>
    public Task<JsonObject> ClassifyAsync(InboundEvent e) =>
        InvokeAsync("Classify", JsonSerializer.SerializeToUtf8Bytes(ClassifyMessage.For(e), CoreJson.Default.ClassifyMessage));

    /// <summary>Runs Route on Classify's "next" output and returns its notify message (null when it emitted none).</summary>
    public async Task<NotifyMessage?> RouteAsync(JsonObject classified)
    {
        var outputs = await InvokeAsync("Route", Encoding.UTF8.GetBytes(classified["next"]!.ToJsonString()));
        return outputs["next"]?.Deserialize(CoreJson.Default.NotifyMessage);
    }

    /// <summary>Runs Notify on a message; when it answers, every send it made has been accepted by SMTP or Teams.</summary>
    public Task NotifyAsync(NotifyMessage message) =>
        InvokeAsync("Notify", JsonSerializer.SerializeToUtf8Bytes(message, CoreJson.Default.NotifyMessage));

    public async Task<JsonArray> OutboxAsync() => (await App.Client.GetFromJsonAsync<JsonArray>("/api/outbox"))!;

    private async Task<JsonObject> InvokeAsync(string function, byte[] message)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = Convert.ToBase64String(message) },
            ["Metadata"] = new JsonObject { ["DeliveryCount"] = "1" },
        };
        var response = await App.Client.PostAsync($"/{function}", new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{function}: {body}");
        return JsonNode.Parse(body)!["Outputs"]?.AsObject() ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
