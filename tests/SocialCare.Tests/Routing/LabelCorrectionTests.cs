using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Agents;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Corrections;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Routing;

/// <summary>PUT /api/conversations/{id}/labels: an agent's correction changes the case and is kept to learn from.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class LabelCorrectionTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync(RoutingApp.TuesdayMorning);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_correction_changes_intent_and_priority_replans_the_clock_and_is_kept_with_who_and_when()
    {
        var routed = await _app.RouteAsync(_app.Event("lc1", "Ile kosztuje wersja 256 GB?"), RoutingApp.Classified(Intent.Question));
        var id = routed!.ConversationId!;
        var before = await _app.ConversationAsync(id);
        _app.Time.Advance(TimeSpan.FromMinutes(5));

        var response = await _app.PutAsync($"/api/conversations/{id}/labels", new { intent = "purchase_intent", priority = 1, agentId = "anna" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await _app.ConversationAsync(id);
        Assert.Equal("purchase_intent", (string?)after["classification"]!["intent"]);
        Assert.Equal(1, (int)after["priority"]!["level"]!);
        Assert.Contains("set by Anna Kowalska", after["priority"]!["reasons"]!.AsArray().Select(r => (string?)r));
        Assert.True(DateTimeOffset.Parse((string)after["sla"]!["firstResponseDue"]!) < DateTimeOffset.Parse((string)before["sla"]!["firstResponseDue"]!),
            "a P1 case is due sooner than the P3 it was");
        var correction = Assert.Single(await CorrectionsAsync());
        Assert.Equal((id, "Ile kosztuje wersja 256 GB?", Intent.Question, Intent.PurchaseIntent, 3, 1, "anna", _app.Time.GetUtcNow()),
            (correction.ConversationId, correction.Text, correction.FromIntent, correction.ToIntent, correction.FromPriority, correction.ToPriority, correction.AgentId, correction.At));
        Assert.Equal("pl", correction.Language);
    }

    [Fact]
    public async Task A_later_customer_message_keeps_what_the_agent_corrected()
    {
        var routed = await _app.RouteAsync(_app.Event("lc2", "Znowu nie działa ładowarka"), RoutingApp.Classified(Intent.Question));
        var id = routed!.ConversationId!;
        (await _app.PutAsync($"/api/conversations/{id}/labels", new { intent = "complaint", priority = 2 })).EnsureSuccessStatusCode();

        await _app.RouteAsync(_app.Event("lc3", "halo?"), RoutingApp.Classified(Intent.Other));

        var after = await _app.ConversationAsync(id);
        Assert.Equal("complaint", (string?)after["classification"]!["intent"]);
        Assert.Equal(2, (int)after["priority"]!["level"]!);
        Assert.Equal(LabelCorrector.ApiAuthor, Assert.Single(await CorrectionsAsync()).AgentId);
    }

    [Theory]
    [InlineData("""{"intent":"angry"}""", "intent")]
    [InlineData("""{"priority":9}""", "priority")]
    [InlineData("""{}""", "intent")]
    [InlineData("""{"intent":"complaint","agentId":"nobody"}""", "agentId")]
    public async Task A_correction_that_names_no_label_is_refused_and_keeps_nothing(string body, string field)
    {
        var routed = await _app.RouteAsync(_app.Event("lc4", "Gdzie paczka?"), RoutingApp.Classified(Intent.Question));

        var response = await _app.Client.PutAsync($"/api/conversations/{routed!.ConversationId}/labels", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors names {field}: {problem}");
        Assert.Empty(await CorrectionsAsync());
    }

    [Fact]
    public async Task Labels_need_the_function_key_and_an_existing_conversation()
    {
        var anonymous = await _app.App.Anonymous.PutAsJsonAsync("/api/conversations/x/labels", new { intent = "complaint" });
        var missing = await _app.PutAsync("/api/conversations/does-not-exist/labels", new { intent = "complaint" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.Empty(await CorrectionsAsync());
    }

    private async Task<List<LabelCorrection>> CorrectionsAsync()
    {
        var list = new List<LabelCorrection>();
        await foreach (var c in _app.App.Services.GetRequiredService<ILabelCorrectionStore>().ListAsync(CancellationToken.None)) list.Add(c);
        return list;
    }
}
