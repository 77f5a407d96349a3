using SocialCare.Tests.Infrastructure;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Classification;

namespace SocialCare.Tests.Routing;

/// <summary>
/// Issue 13, point 6: an agent's reply or moderation sent again with the same Idempotency-Key (a client retry, a
/// double click) is published once, and the retry gets the first answer.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class IdempotentActionTests(IdempotentActionTests.SharedApp shared) : IClassFixture<IdempotentActionTests.SharedApp>
{
    private readonly RoutingApp _app = shared.App;

    /// <summary>One app for the class: each case has a thread and a conversation of its own, and reads only its outbox entries.</summary>
    public sealed class SharedApp : IAsyncLifetime
    {
        internal RoutingApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await RoutingApp.StartAsync();

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_retried_with_the_same_key_is_published_once_and_answered_as_the_first_time()
    {
        var id = await ConversationAsync("k1");

        var first = await ReplyAsync(id, "reply-key-1", "Sprawdzamy to, odezwiemy się dziś.");
        var retry = await ReplyAsync(id, "reply-key-1", "Sprawdzamy to, odezwiemy się dziś.");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var sent = Assert.Single(await OutboxOfAsync(id));
        Assert.Equal("reply", (string?)sent!["action"]);
        Assert.Equal(2, (int?)(await _app.ConversationAsync(id))["messageCount"]);
    }

    [Fact]
    public async Task Two_replies_with_different_keys_are_both_published()
    {
        var id = await ConversationAsync("k2");

        var first = await ReplyAsync(id, "reply-a", "Dzień dobry, już sprawdzam.");
        var second = await ReplyAsync(id, "reply-b", "Paczka wyjechała dziś rano.");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(2, (await OutboxOfAsync(id)).Count);
        Assert.Equal(3, (int?)(await _app.ConversationAsync(id))["messageCount"]);
    }

    [Fact]
    public async Task Concurrent_replies_with_the_same_key_publish_once_and_the_others_are_told_to_retry()
    {
        var id = await ConversationAsync("k3");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ReplyAsync(id, "double-click", "Już się tym zajmujemy.")));
        var after = await ReplyAsync(id, "double-click", "Już się tym zajmujemy.");

        Assert.Single(await OutboxOfAsync(id));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Idempotency-Key", (string?)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["title"], StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, (int?)(await _app.ConversationAsync(id))["messageCount"]);
    }

    [Fact]
    public async Task A_moderation_retried_with_the_same_key_hides_once_and_is_recorded_once()
    {
        var id = await ConversationAsync("k4");

        var first = await ModerateAsync(id, "hide-key");
        var retry = await ModerateAsync(id, "hide-key");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        var hidden = Assert.Single(await OutboxOfAsync(id));
        Assert.Equal("hide", (string?)hidden!["action"]);
        Assert.Single((await _app.ConversationAsync(id))["moderation"]!.AsArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has spaces in it")]
    [InlineData("a/b")]
    public async Task An_invalid_key_is_refused_with_problem_details_naming_the_header_and_nothing_is_published(string key)
    {
        var id = await ConversationAsync("k5" + key.Length);

        var response = await ReplyAsync(id, key, "Dzień dobry!");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem!["errors"]!["Idempotency-Key"]);
        Assert.Empty(await OutboxOfAsync(id));
    }

    [Fact]
    public async Task A_key_longer_than_a_hundred_characters_is_refused()
    {
        var id = await ConversationAsync("k6");

        var response = await ReplyAsync(id, new string('a', 101), "Dzień dobry!");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await OutboxOfAsync(id));
    }

    private async Task<string> ConversationAsync(string eventId)
    {
        var routed = await _app.RouteAsync(_app.Event(eventId, "Gdzie moja paczka?", customer: "cust-" + eventId, key: "post:" + eventId), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));
        return routed!.ConversationId!;
    }

    private async Task<List<JsonNode?>> OutboxOfAsync(string conversationId) =>
        [.. (await _app.OutboxAsync()).Where(e => (string?)e!["conversationId"] == conversationId)];

    private Task<HttpResponseMessage> ReplyAsync(string id, string key, string text) =>
        SendAsync($"/api/conversations/{id}/reply", key, new { agentId = "anna", text });

    private Task<HttpResponseMessage> ModerateAsync(string id, string key) =>
        SendAsync($"/api/conversations/{id}/moderate", key, new { action = "hide", agentId = "anna", reason = "spam" });

    private Task<HttpResponseMessage> SendAsync(string path, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return _app.Client.SendAsync(request);
    }
}
