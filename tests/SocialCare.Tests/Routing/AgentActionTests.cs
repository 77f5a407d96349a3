using SocialCare.Tests.Infrastructure;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Classification;
using SocialCare.Core.Events;

namespace SocialCare.Tests.Routing;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AgentActionTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("Proszę zadzwonić na infolinię.", "proszę zadzwonić na infolinię")]
    [InlineData("Напишите на почту, пожалуйста", "напишите на почту")]
    [InlineData("Please contact our hotline, thanks", "contact our hotline")]
    public async Task A_reply_that_only_points_elsewhere_is_refused_with_the_phrase(string text, string phrase)
    {
        var routed = await _app.RouteAsync(_app.Event("d1", "Gdzie moja paczka?"), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));

        var response = await _app.PostAsync($"/api/conversations/{routed!.ConversationId}/reply", new { agentId = "anna", text });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("deflection", problem.GetProperty("title").GetString());
        Assert.Equal(phrase, problem.GetProperty("phrase").GetString());
        Assert.Empty(await _app.OutboxAsync());
    }

    [Fact]
    public async Task A_forced_reply_and_a_resolve_show_in_the_outbox_and_on_the_conversation_in_business_time()
    {
        // 19:30 Warsaw: half an hour before closing.
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 18, 30, 0, TimeSpan.Zero));
        var routed = await _app.RouteAsync(_app.Event("f1", "Produkt uszkodzony!"), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));
        // Next day 08:15: 30 minutes before closing plus 15 after opening = 45 business minutes.
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 15, 0, TimeSpan.Zero));

        var reply = await _app.PostAsync($"/api/conversations/{routed!.ConversationId}/reply", new { agentId = "anna", text = "Proszę zadzwonić na infolinię 800 100 200.", force = true });
        _app.Time.Advance(TimeSpan.FromMinutes(60));
        var resolve = await _app.PostAsync($"/api/conversations/{routed.ConversationId}/resolve", new { });
        var conversation = await _app.ConversationAsync(routed.ConversationId!);
        var outbox = await _app.OutboxAsync();

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        var sent = Assert.Single(outbox);
        Assert.Equal("reply", (string?)sent!["action"]);
        Assert.Equal("f1", (string?)sent["inReplyTo"]);
        Assert.Equal("resolved", (string?)conversation["status"]);
        Assert.Equal("00:45:00", (string?)conversation["firstResponseTime"]);
        Assert.Equal("01:45:00", (string?)conversation["resolutionTime"]);
        Assert.NotNull(conversation["firstResponseAt"]);
        Assert.NotNull(conversation["resolvedAt"]);
        Assert.Contains(conversation["messages"]!.AsArray(), m => (string?)m!["direction"] == "outbound" && (string?)m["agentId"] == "anna");
    }

    [Fact]
    public async Task A_reply_on_a_channel_that_is_not_connected_is_recorded_as_not_sent_and_stops_no_clock()
    {
        var e = _app.Event("nc1", "Gdzie jest moja paczka?") with { EventId = "vk:nc1", Platform = "vk", ChannelId = "vk:555" };
        var routed = await _app.RouteAsync(e, RoutingApp.Classified(Intent.Question));

        var reply = await _app.PostAsync($"/api/conversations/{routed!.ConversationId}/reply", new { agentId = "anna", text = "Sprawdzam, chwileczkę." });
        var conversation = await _app.ConversationAsync(routed.ConversationId!);
        var entry = Assert.Single(await _app.OutboxAsync(), o => (string?)o!["channelId"] == "vk:555");

        Assert.Equal(HttpStatusCode.BadGateway, reply.StatusCode);
        Assert.Contains("not sent: channel not connected", await reply.Content.ReadAsStringAsync());
        Assert.Null(conversation["firstResponseAt"]);
        var kept = Assert.Single(conversation["messages"]!.AsArray(), m => (string?)m!["direction"] == "outbound");
        Assert.Equal(("Sprawdzam, chwileczkę.", "not sent: channel not connected"), ((string?)kept!["text"], (string?)kept["deliveryError"]));
        Assert.Equal(("recorded", "not sent: channel not connected"), ((string?)entry!["status"], (string?)entry["error"]));
        Assert.Empty(_app.GraphRequests);
    }

    [Fact]
    public async Task A_reply_answers_the_comment_it_names_privately_if_asked_and_refuses_what_it_cannot_answer()
    {
        var routed = await _app.RouteAsync(_app.Event("pr1", "Ile kosztuje wersja XL?"), RoutingApp.Classified(Intent.PurchaseIntent));
        var id = routed!.ConversationId!;
        _app.Time.Advance(TimeSpan.FromMinutes(1));
        await _app.RouteAsync(_app.Event("pr2", "I czy jest w kolorze czarnym?"), RoutingApp.Classified(Intent.Question));
        var before = _app.GraphRequests.Count;

        var privately = await _app.PostAsync($"/api/conversations/{id}/reply", new { agentId = "anna", text = "Wysłałam cennik w wiadomości.", inReplyTo = "pr1", @private = true });
        var unknown = await _app.PostAsync($"/api/conversations/{id}/reply", new { agentId = "anna", text = "Tak.", inReplyTo = "nope" });
        _app.Time.Advance(TimeSpan.FromDays(8));
        var tooLate = await _app.PostAsync($"/api/conversations/{id}/reply", new { agentId = "anna", text = "Jeszcze jedno.", inReplyTo = "pr2", @private = true });

        Assert.Equal(HttpStatusCode.OK, privately.StatusCode);
        var sent = _app.GraphRequests.Skip(before).First();
        Assert.EndsWith("/page1/messages", sent.PathAndQuery.Split('?')[0]);
        Assert.Equal("pr1", (string?)System.Text.Json.Nodes.JsonNode.Parse(sent.Body)!["recipient"]!["comment_id"]);
        var problem = await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("inReplyTo", out _));
        Assert.Equal(HttpStatusCode.BadGateway, tooLate.StatusCode);
        Assert.Contains("within 7 days of the comment", await tooLate.Content.ReadAsStringAsync());
        Assert.Equal(1, _app.GraphRequests.Count - before);
    }

    [Fact]
    public async Task A_private_message_at_23_waits_for_8_and_gets_one_automatic_answer()
    {
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero)); // 23:00 Warsaw
        var first = await _app.RouteAsync(_app.Event("n1", "Dzień dobry, mam problem", kind: EventKind.DirectMessage), RoutingApp.Classified(Intent.Question));
        _app.Time.Advance(TimeSpan.FromMinutes(10));
        await _app.RouteAsync(_app.Event("n2", "Halo?", kind: EventKind.DirectMessage), RoutingApp.Classified(Intent.Question));
        // A public comment at night never gets an automatic reply.
        await _app.RouteAsync(_app.Event("n3", "Jesteście tam?", customer: "other"), RoutingApp.Classified(Intent.Question));

        var conversation = await _app.ConversationAsync(first!.ConversationId!);
        var outbox = await _app.OutboxAsync();

        var answer = Assert.Single(outbox);
        Assert.Equal("dm", (string?)answer!["action"]);
        Assert.Contains("8:00", (string?)answer["text"]);
        Assert.Single(conversation["messages"]!.AsArray(), m => (string?)m!["authorId"] == "auto");
        Assert.Null(conversation["firstResponseAt"]);
        // first-line P3 first response is 15 business minutes: 08:15 Warsaw the next morning.
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 15, 0, TimeSpan.FromHours(1)), DateTimeOffset.Parse((string)conversation["sla"]!["firstResponseDue"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task No_automatic_answer_after_hours_while_an_agent_replied_in_the_last_30_minutes()
    {
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 18, 50, 0, TimeSpan.Zero)); // 19:50 Warsaw: open until 20:00
        var routed = await _app.RouteAsync(_app.Event("w1", "Dzień dobry, mam problem z kontem", kind: EventKind.DirectMessage), RoutingApp.Classified(Intent.Question));
        _app.Time.Advance(TimeSpan.FromMinutes(10)); // 20:00: closed, and the agent still answers
        (await _app.PostAsync($"/api/conversations/{routed!.ConversationId}/reply", new { agentId = "anna", text = "Już sprawdzam, proszę chwilę poczekać na odpowiedź ode mnie." })).EnsureSuccessStatusCode();
        var replies = (await _app.OutboxAsync()).Count;

        _app.Time.Advance(TimeSpan.FromMinutes(20)); // 20:20: the agent answered 20 minutes ago
        await _app.RouteAsync(_app.Event("w2", "Dziękuję, czekam", kind: EventKind.DirectMessage), RoutingApp.Classified(Intent.Question));
        Assert.Equal(replies, (await _app.OutboxAsync()).Count);

        _app.Time.Advance(TimeSpan.FromMinutes(15)); // 20:35: 35 minutes of silence; the agent has gone
        await _app.RouteAsync(_app.Event("w3", "Halo?", kind: EventKind.DirectMessage), RoutingApp.Classified(Intent.Question));
        var outbox = await _app.OutboxAsync();
        Assert.Equal(replies + 1, outbox.Count);
        Assert.Single(outbox, m => (string?)m!["action"] == "dm" && ((string?)m["text"])!.Contains("8:00"));
    }

    [Fact]
    public async Task A_resolved_private_conversation_asks_for_a_rating_once_and_a_rating_does_not_reopen_it()
    {
        var routed = await _app.RouteAsync(_app.Event("s1", "Jak zmienić adres?", kind: EventKind.DirectMessage), RoutingApp.Classified(Intent.Question));
        await _app.PostAsync($"/api/conversations/{routed!.ConversationId}/reply", new { agentId = "anna", text = "Adres zmienisz w ustawieniach konta, zakładka Adresy." });
        await _app.PostAsync($"/api/conversations/{routed.ConversationId}/resolve", new { });

        await _app.RouteAsync(_app.Event("s2", "⭐⭐⭐⭐", kind: EventKind.DirectMessage), RoutingApp.Classified(Intent.Other));
        var conversation = await _app.ConversationAsync(routed.ConversationId!);
        var outbox = await _app.OutboxAsync();

        Assert.Equal("resolved", (string?)conversation["status"]);
        Assert.Equal(4, (int)conversation["csat"]!);
        Assert.Single(outbox, e => ((string?)e!["text"])!.Contains("1–5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Moderating_hides_the_customers_comment_through_the_publisher_and_records_why()
    {
        var routed = await _app.RouteAsync(_app.Event("m1", "spam spam"), RoutingApp.Classified(Intent.Spam));

        var response = await _app.PostAsync($"/api/conversations/{routed!.ConversationId}/moderate", new { action = "hide", reason = "spam link", agentId = "olga" });
        var conversation = await _app.ConversationAsync(routed.ConversationId!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hidden = Assert.Single(await _app.OutboxAsync());
        Assert.Equal("hide", (string?)hidden!["action"]);
        Assert.Equal("m1", (string?)hidden["inReplyTo"]);
        Assert.Equal("spam link", (string?)conversation["moderation"]![0]!["reason"]);
        Assert.Equal("hidden", (string?)conversation["messages"]!.AsArray().First(m => (string?)m!["direction"] == "inbound")!["state"]);
        Assert.Contains(conversation["messages"]!.AsArray(), m => (string?)m!["direction"] == "event" && ((string?)m["text"])!.StartsWith("Hidden on facebook", StringComparison.Ordinal));
    }
}
