using SocialCare.Tests.Infrastructure;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Classification;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Routing;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class BacklogAndSlaTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync(seedDemo: false);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Waiting_cases_go_to_an_agent_the_moment_one_comes_online_highest_priority_first()
    {
        var agent = new { name = "Ewa", email = "ewa@brand.test", teams = new[] { "first-line" }, languages = new[] { "pl" }, capacity = 1, online = false };
        await _app.PutAsync("/api/agents/ewa", agent);
        var normal = await _app.RouteAsync(_app.Event("w1", "Pytanie", customer: "a", key: "post:a"), RoutingApp.Classified(Intent.Question));
        _app.Time.Advance(TimeSpan.FromMinutes(1));
        var urgent = await _app.RouteAsync(_app.Event("w2", "Pytanie, odchodzę do konkurencji", customer: "b", key: "post:b"), RoutingApp.Classified(Intent.Question, signals: Signals.ChurnThreat));

        Assert.Equal(NotificationKind.NewMessage, normal!.Kind);
        Assert.Null((await _app.ConversationAsync(urgent!.ConversationId!))["assignee"]);

        var online = await _app.PutAsync("/api/agents/ewa", agent with { online = true });

        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        Assert.Equal("ewa", (string?)(await _app.ConversationAsync(urgent.ConversationId!))["assignee"]);
        Assert.Null((await _app.ConversationAsync(normal.ConversationId!))["assignee"]); // capacity 1

        // Resolving frees capacity: the next waiting case follows.
        await _app.PostAsync($"/api/conversations/{urgent.ConversationId}/resolve", new { });
        Assert.Equal("ewa", (string?)(await _app.ConversationAsync(normal.ConversationId!))["assignee"]);
    }

    [Fact]
    public async Task SlaWatch_raises_each_breach_once()
    {
        var routed = await _app.RouteAsync(_app.Event("sla1", "Pytanie"), RoutingApp.Classified(Intent.Question));

        Assert.Empty(await _app.WatchSlaAsync());
        _app.Time.Advance(TimeSpan.FromMinutes(16)); // first-line P3: first response within 15 minutes
        var raised = await _app.WatchSlaAsync();
        var again = await _app.WatchSlaAsync();
        var conversation = await _app.ConversationAsync(routed!.ConversationId!);

        var breach = Assert.Single(raised);
        Assert.Equal(NotificationKind.SlaBreach, breach.Kind);
        Assert.Equal("first_response", breach.Detail);
        Assert.Equal(routed.ConversationId, breach.ConversationId);
        Assert.Empty(again);
        Assert.Contains("first_response", conversation["slaBreaches"]!.AsArray().Select(b => (string?)b));
        Assert.Contains("already waited past SLA", conversation["priority"]!["reasons"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task Routing_rules_are_the_good_practice_defaults_until_replaced()
    {
        var defaults = await _app.Client.GetFromJsonAsync<JsonObject>("/api/routing");
        var put = await _app.Client.PutAsJsonAsync("/api/routing", new { rules = new object[] { new { name = "Russian speakers to care", team = "care", when = new { languages = new[] { "ru" } } }, new { name = "Rest to first line", team = "first-line" } } });
        var routed = await _app.RouteAsync(_app.Event("r1", "Вопрос"), RoutingApp.Classified(Intent.Question, language: "ru"));

        Assert.Equal("default", (string?)defaults!["source"]);
        Assert.Equal(["crisis", "moderation", "care", "care", "sales", "first-line", "first-line"], defaults["rules"]!.AsArray().Select(r => (string?)r!["team"]));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("care", (string?)(await _app.ConversationAsync(routed!.ConversationId!))["team"]);
    }
}
