using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Agents;
using SocialCare.Core.Classification;
using SocialCare.Core.Routing;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Routing;

/// <summary>Escalating to another team: the case leaves its owner, an agent of the new team takes it, and the team sticks.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class EscalationTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync(RoutingApp.TuesdayMorning);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private AgentActions Actions => _app.App.Services.GetRequiredService<AgentActions>();

    [Fact]
    public async Task An_escalated_case_goes_to_an_agent_of_the_new_team_with_the_note_and_stays_there_when_the_customer_writes()
    {
        var routed = await _app.RouteAsync(_app.Event("es1", "The blender I ordered is broken, I want a new one"), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative, language: "en"));
        var id = routed!.ConversationId!;
        var before = await _app.ConversationAsync(id);
        var owner = await _app.App.Services.GetRequiredService<IRoutingDirectory>().GetAgentAsync((string)before["assignee"]!, CancellationToken.None);

        var outcome = await Actions.EscalateAsync(id, DefaultRouting.Sales, owner!, "wants to buy the pro model instead", CancellationToken.None);
        await _app.RouteAsync(_app.Event("es2", "still waiting"), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative, language: "en"));
        var after = await _app.ConversationAsync(id);

        Assert.Equal(ActionStatus.Done, outcome.Status);
        Assert.Equal(("care", "sales", "james"), ((string?)before["team"], (string?)after["team"], (string?)after["assignee"]));
        Assert.Equal((DefaultRouting.Sales, owner!.Id, "wants to buy the pro model instead"),
            ((string?)after["escalation"]!["team"], (string?)after["escalation"]!["by"], (string?)after["escalation"]!["note"]));
        Assert.Contains(after["messages"]!.AsArray(), m => (string?)m!["direction"] == "internal"
            && ((string?)m["text"])!.StartsWith($"Escalated to team sales by {owner.Name}: wants to buy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Escalating_to_a_team_that_does_not_exist_is_refused_and_changes_nothing()
    {
        var routed = await _app.RouteAsync(_app.Event("es3", "Gdzie paczka?"), RoutingApp.Classified(Intent.Question));
        var id = routed!.ConversationId!;
        var before = await _app.ConversationAsync(id);
        var anna = await _app.App.Services.GetRequiredService<IRoutingDirectory>().GetAgentAsync("anna", CancellationToken.None);

        var outcome = await Actions.EscalateAsync(id, "nobody", anna!, null, CancellationToken.None);

        Assert.Equal((ActionStatus.Invalid, "team"), (outcome.Status, outcome.Field));
        Assert.Equal((string?)before["team"], (string?)(await _app.ConversationAsync(id))["team"]);
    }
}
