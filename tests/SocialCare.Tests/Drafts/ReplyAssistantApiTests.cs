using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Core.Classification;
using SocialCare.Core.Events;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Routing;

namespace SocialCare.Tests.Drafts;

/// <summary>One app for the class, its clock left at Tuesday morning: each test routes its own customer's case and saves replies under its own ids.</summary>
public sealed class ReplyAssistantAppFixture : IAsyncLifetime
{
    internal RoutingApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await RoutingApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Suggestions, saved replies, draft checks and what the report counts of them, through the keyed API.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ReplyAssistantApiTests(ReplyAssistantAppFixture fixture) : IClassFixture<ReplyAssistantAppFixture>
{
    private RoutingApp App => fixture.App;

    private async Task<string> CaseAsync(string customer, string text, Intent intent, string language, EventKind kind = EventKind.Comment)
    {
        var routed = await App.RouteAsync(App.Event($"{customer}-1", text, customer, kind), RoutingApp.Classified(intent, Sentiment.Neutral, language));
        return routed!.ConversationId!;
    }

    private async Task<JsonArray> SuggestionsAsync(string id, string agent = "anna")
    {
        var response = await App.Client.GetAsync($"/api/conversations/{id}/suggestions?agentId={agent}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonArray)(await response.Content.ReadFromJsonAsync<JsonObject>())!["suggestions"]!;
    }

    private async Task<JsonArray> CheckAsync(string id, string text, bool? isPublic = null)
    {
        var response = await App.PostAsync("/api/drafts/check", new { conversationId = id, text, @public = isPublic });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonArray)(await response.Content.ReadFromJsonAsync<JsonObject>())!["findings"]!;
    }

    [Theory]
    [InlineData("pl", Intent.Complaint, "apology", "Anna Kowalska", "Przepraszamy")]
    [InlineData("ru", Intent.Praise, "thanks", "Спасибо", "Спасибо")]
    [InlineData("en", Intent.Question, "answer", "order number", "Hi Klient")]
    [InlineData("en", Intent.PurchaseIntent, "offer", "private message", "great choice")]
    public async Task Suggestions_answer_the_intent_in_the_customers_language_with_the_variables_filled(string language, Intent intent, string kind, string holds, string opens)
    {
        var id = await CaseAsync($"s-{language}-{intent}", "…", intent, language, EventKind.DirectMessage);

        var suggestions = await SuggestionsAsync(id);

        var builtIn = Assert.Single(suggestions, s => (string?)s!["source"] == "built-in");
        Assert.Equal(kind, (string?)builtIn!["kind"]);
        Assert.Equal(language, (string?)builtIn["language"]);
        var text = (string)builtIn["text"]!;
        Assert.Contains(holds, text);
        Assert.Contains(opens, text);
        Assert.DoesNotContain("{", text);
        Assert.InRange(suggestions.Count, 1, 3);
    }

    [Fact]
    public async Task A_purchase_question_is_tagged_a_lead_and_the_report_counts_it()
    {
        var id = await CaseAsync("lead-1", "Ile kosztuje wersja 2?", Intent.PurchaseIntent, "pl");

        var conversation = await App.ConversationAsync(id);
        Assert.NotNull(conversation["leadSince"]);
        var report = await App.Client.GetFromJsonAsync<JsonObject>("/api/reports/sla?from=2026-11-23&to=2026-11-25");
        Assert.True((int)report!["leads"]! >= 1);
    }

    [Fact]
    public async Task After_hours_the_first_suggestion_says_when_the_team_is_back_from_the_schedule()
    {
        // Tuesday 21:30 in Warsaw: the default schedule opens again on Wednesday at 8:00. A clock of its own: time only moves forward.
        await using var evening = await RoutingApp.StartAsync(new DateTimeOffset(2026, 11, 24, 20, 30, 0, TimeSpan.Zero));
        var routed = await evening.RouteAsync(evening.Event("late-1", "Gdzie moja paczka?", "late", EventKind.DirectMessage), RoutingApp.Classified(Intent.Complaint));

        var response = await evening.Client.GetFromJsonAsync<JsonObject>($"/api/conversations/{routed!.ConversationId}/suggestions?agentId=anna");

        var suggestions = response!["suggestions"]!.AsArray();
        Assert.Equal("after_hours", (string?)suggestions[0]!["kind"]);
        Assert.Contains("jutro o 8:00", (string)suggestions[0]!["text"]!);
        Assert.Contains(suggestions, s => (string?)s!["kind"] == "apology");
    }

    [Fact]
    public async Task Saved_replies_are_stored_listed_by_language_and_intent_and_deleted()
    {
        var put = await App.PutAsync("/api/replies/refund-pl", new { title = "Zwrot", language = "pl", text = "Cześć {customer.firstName}, zwrot trwa do 14 dni. {agent.name}", intents = new[] { "complaint" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await App.PutAsync("/api/replies/hello-en", new { title = "Hello", language = "en", text = "Hi {customer.firstName}!", intents = Array.Empty<string>() });

        var got = await App.Client.GetFromJsonAsync<JsonObject>("/api/replies/refund-pl");
        Assert.Equal("Zwrot", (string?)got!["title"]);
        Assert.Equal("complaint", (string?)got["intents"]![0]);
        var polish = await App.Client.GetFromJsonAsync<JsonArray>("/api/replies?language=pl&intent=complaint");
        Assert.Contains(polish!, r => (string?)r!["id"] == "refund-pl");
        Assert.DoesNotContain(polish!, r => (string?)r!["id"] == "hello-en");
        var praise = await App.Client.GetFromJsonAsync<JsonArray>("/api/replies?language=pl&intent=praise");
        Assert.DoesNotContain(praise!, r => (string?)r!["id"] == "refund-pl");

        Assert.Equal(HttpStatusCode.NoContent, (await App.Client.DeleteAsync("/api/replies/refund-pl")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Client.GetAsync("/api/replies/refund-pl")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Client.DeleteAsync("/api/replies/refund-pl")).StatusCode);
    }

    [Theory]
    [InlineData("""{"title":"T","language":"de","text":"Hallo"}""", "language")]
    [InlineData("""{"language":"pl","text":"Cześć"}""", "title")]
    [InlineData("""{"title":"T","language":"pl","text":"Cześć {customer.lastName}"}""", "text")]
    [InlineData("""{"title":"T","language":"pl","text":"Cześć","intents":["refund"]}""", "intents")]
    [InlineData("""{"title":"T","language":"pl","text":""}""", "text")]
    [InlineData("""{"title":"T",""", "body")]
    public async Task A_bad_saved_reply_is_a_400_naming_the_field(string body, string field)
    {
        var response = await App.Client.PutAsync("/api/replies/bad", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_saved_reply_for_the_intent_is_suggested_filled_and_one_that_only_deflects_never_is()
    {
        await App.PutAsync("/api/replies/late-parcel-pl", new { title = "Paczka", language = "pl", text = "Przepraszamy, {customer.firstName}! Sprawdzam przesyłkę u kuriera i odpiszę tu za godzinę. {agent.name}", intents = new[] { "complaint" } });
        await App.PutAsync("/api/replies/hotline-pl", new { title = "Infolinia", language = "pl", text = "Proszę zadzwonić na infolinię.", intents = new[] { "complaint" } });
        var id = await CaseAsync("saved-1", "Paczka nie doszła!", Intent.Complaint, "pl");

        var suggestions = await SuggestionsAsync(id);

        var saved = Assert.Single(suggestions, s => (string?)s!["source"] == "saved:late-parcel-pl");
        Assert.Equal("Przepraszamy, Klient! Sprawdzam przesyłkę u kuriera i odpiszę tu za godzinę. Anna Kowalska", (string?)saved!["text"]);
        Assert.DoesNotContain(suggestions, s => (string?)s!["source"] == "saved:hotline-pl");
        await App.Client.DeleteAsync("/api/replies/late-parcel-pl");
        await App.Client.DeleteAsync("/api/replies/hotline-pl");
    }

    [Fact]
    public async Task A_draft_is_checked_against_the_case_with_spans()
    {
        var id = await CaseAsync("check-1", "Produkt przyszedł zepsuty", Intent.Complaint, "pl");
        const string draft = "Uprzejmie informujemy, że reklamacje rozpatrujemy w 14 dni.";

        var findings = await CheckAsync(id, draft);

        var codes = findings.Select(f => (string)f!["code"]!).ToList();
        Assert.Contains("bureaucratic", codes);
        Assert.Contains("courtesy", codes);
        var bureaucratic = findings.First(f => (string?)f!["code"] == "bureaucratic")!;
        Assert.Equal("Uprzejmie informujemy", draft.Substring((int)bureaucratic["span"]![0]!, (int)bureaucratic["span"]![1]!));
        Assert.Empty(await CheckAsync(id, "Przepraszamy! Sprawdzę to sama i odpiszę tu jeszcze dziś."));
    }

    [Fact]
    public async Task Personal_data_counts_only_in_public_and_public_defaults_to_how_the_thread_is()
    {
        var comment = await CaseAsync("pd-1", "Gdzie zamówienie?", Intent.Question, "pl");
        var dm = await CaseAsync("pd-2", "Gdzie zamówienie?", Intent.Question, "pl", EventKind.DirectMessage);
        const string draft = "Klient, zamówienie nr 553311 wyjechało dziś.";

        Assert.Contains(await CheckAsync(comment, draft), f => (string?)f!["code"] == "personal_data");
        Assert.DoesNotContain(await CheckAsync(dm, draft), f => (string?)f!["code"] == "personal_data");
        Assert.DoesNotContain(await CheckAsync(comment, draft, isPublic: false), f => (string?)f!["code"] == "personal_data");
    }

    [Theory]
    [InlineData("""{"text":"hej"}""", HttpStatusCode.BadRequest, "conversationId")]
    [InlineData("""{"conversationId":"x"}""", HttpStatusCode.BadRequest, "text")]
    [InlineData("""[1,2""", HttpStatusCode.BadRequest, "body")]
    public async Task A_bad_check_request_is_a_problem_naming_the_field(string body, HttpStatusCode status, string field)
    {
        var response = await App.Client.PostAsync("/api/drafts/check", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Checks_and_suggestions_of_an_unknown_conversation_are_404()
    {
        await ProblemAssert.IsProblemAsync(await App.PostAsync("/api/drafts/check", new { conversationId = "nope", text = "hi" }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await App.Client.GetAsync("/api/conversations/nope/suggestions"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_report_counts_per_agent_forced_sends_and_replies_sent_with_findings_open()
    {
        var id = await CaseAsync("report-1", "Zepsute!", Intent.Complaint, "pl", EventKind.DirectMessage);

        var forced = await App.PostAsync($"/api/conversations/{id}/reply", new { agentId = "piotr", text = "Proszę zadzwonić na infolinię.", force = true });
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        var plain = await App.PostAsync($"/api/conversations/{id}/reply", new { agentId = "piotr", text = "Sprawdzę to sam i odpiszę tu jeszcze dziś." });
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var clean = await App.PostAsync($"/api/conversations/{id}/reply", new { agentId = "piotr", text = "Przepraszamy! Wymienimy produkt jeszcze w tym tygodniu." });
        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);

        var report = await App.Client.GetFromJsonAsync<JsonObject>("/api/reports/sla?from=2026-11-23&to=2026-11-25");
        var piotr = Assert.Single(report!["agents"]!.AsArray(), a => (string?)a!["agentId"] == "piotr")!;
        Assert.Equal(1, (int)piotr["forcedSends"]!);
        Assert.Equal(2, (int)piotr["repliesWithFindings"]!);
    }
}
