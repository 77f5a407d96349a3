using SocialCare.Tests.Infrastructure;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Classification;
using SocialCare.Core.Events;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Routing;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class RouteOwnershipTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_polish_complaint_goes_to_care_and_one_polish_speaking_agent_and_the_customers_next_message_to_the_same_agent()
    {
        var complaint = RoutingApp.Classified(Intent.Complaint, Sentiment.Negative, "pl");

        var first = await _app.RouteAsync(_app.Event("c1", "Paczka nie dotarła, jestem bardzo niezadowolona"), complaint);
        var conversation = await _app.ConversationAsync(first!.ConversationId!);

        Assert.Equal(NotificationKind.Assigned, first.Kind);
        Assert.Equal("care", (string?)conversation["team"]);
        Assert.Equal("anna", (string?)conversation["assignee"]); // the only care agent who speaks Polish
        Assert.NotNull(conversation["sla"]?["firstResponseDue"]);

        // Same customer, new thread on the same channel: still Anna, and the case is a repeat contact.
        var next = await _app.RouteAsync(_app.Event("c2", "Dalej nic, gdzie jest moja paczka?", key: "post:p2"), RoutingApp.Classified(Intent.Question, language: "pl"));
        var second = await _app.ConversationAsync(next!.ConversationId!);

        Assert.NotEqual(first.ConversationId, next.ConversationId);
        Assert.Equal("anna", (string?)second["assignee"]);
        Assert.Contains("repeat contact", second["priority"]!["reasons"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(2, (int)second["priority"]!["level"]!);
    }

    [Fact]
    public async Task Twenty_events_of_one_conversation_at_once_lose_no_message_and_get_one_owner()
    {
        var tasks = Enumerable.Range(0, 20)
            .Select(i => _app.RouteAsync(_app.Event($"p{i}", $"Pytanie numer {i}", customer: "crowd", key: "post:parallel"), RoutingApp.Classified(Intent.Question, language: "pl")))
            .ToList();
        var outputs = await Task.WhenAll(tasks);

        var ids = outputs.Select(o => o!.ConversationId).Distinct().ToList();
        var conversation = await _app.ConversationAsync(Assert.Single(ids)!);
        Assert.Equal(20, (int)conversation["messageCount"]!);
        Assert.Equal(20, conversation["messages"]!.AsArray().Count(m => (string?)m!["direction"] == "inbound"));
        Assert.Single(conversation["messages"]!.AsArray(), m => (string?)m!["direction"] == "event" && ((string?)m["text"])!.StartsWith("Assigned to", StringComparison.Ordinal));
        var owner = (string?)conversation["assignee"];
        Assert.NotNull(owner);
        var assignedTo = outputs.Where(o => o!.Kind == NotificationKind.Assigned).Select(o => o!.Detail).Distinct().ToList();
        Assert.Equal([owner], assignedTo);
    }

    [Fact]
    public async Task A_brand_reply_arriving_through_the_webhook_records_the_first_response()
    {
        var asked = await _app.RouteAsync(_app.Event("q1", "Czy macie rozmiar M?"), RoutingApp.Classified(Intent.Question));
        _app.Time.Advance(TimeSpan.FromMinutes(5));

        var brand = await _app.RouteAsync(_app.Event("b1", "Tak, mamy!", customer: "page1", fromBrand: true), RoutingApp.Classified(Intent.Other));
        var conversation = await _app.ConversationAsync(asked!.ConversationId!);

        Assert.Null(brand);
        Assert.NotNull(conversation["firstResponseAt"]);
        Assert.Equal("00:05:00", (string?)conversation["firstResponseTime"]);
        Assert.Null(conversation["sla"]?["firstResponseDue"]);
    }

    [Fact]
    public async Task The_demo_seed_stores_the_five_default_teams_online_agents_speaking_polish_russian_and_english_and_a_supervisor()
    {
        var teams = await _app.Client.GetFromJsonAsync<JsonArray>("/api/teams");
        var agents = await _app.Client.GetFromJsonAsync<JsonArray>("/api/agents");

        Assert.Equal(["care", "crisis", "first-line", "moderation", "sales"], teams!.Select(t => (string?)t!["id"]));
        // Every agent online; the one supervisor offline, so routing never gives her a case.
        Assert.All(agents!.Where(a => (string?)a!["role"] != "supervisor"), a => Assert.True((bool)a!["online"]!));
        Assert.Equal(["maria"], agents!.Where(a => (string?)a!["role"] == "supervisor").Select(a => (string?)a!["id"]));
        Assert.Equal(["en", "pl", "ru"], agents!.SelectMany(a => a!["languages"]!.AsArray().Select(l => (string?)l)).Distinct().Order());
    }
}
