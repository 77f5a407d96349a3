using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Agents;
using SocialCare.Core.Classification;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Routing;

/// <summary>Waiting on the customer stops the resolution clock; the time waited is left out of it, not restarted.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class WaitingOnCustomerTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync(RoutingApp.TuesdayMorning);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private AgentActions Actions => _app.App.Services.GetRequiredService<AgentActions>();

    [Fact]
    public async Task The_time_waited_on_the_customer_is_left_out_of_the_resolution_clock_and_time()
    {
        // Tuesday 10:00 Warsaw, inside opening hours all along.
        var routed = await _app.RouteAsync(_app.Event("w1", "Nie działa mi aplikacja"), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));
        var id = routed!.ConversationId!;
        var dueBefore = DateTimeOffset.Parse((string)(await _app.ConversationAsync(id))["sla"]!["resolutionDue"]!);
        _app.Time.Advance(TimeSpan.FromHours(1));
        await Actions.WaitOnCustomerAsync(id, CancellationToken.None);
        var waiting = await _app.ConversationAsync(id);

        _app.Time.Advance(TimeSpan.FromHours(2));
        await _app.RouteAsync(_app.Event("w2", "Zrobiłem aktualizację, dalej nie działa"), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));
        var reopened = await _app.ConversationAsync(id);
        _app.Time.Advance(TimeSpan.FromHours(1));
        await Actions.ResolveAsync(id, CancellationToken.None);
        var resolved = await _app.ConversationAsync(id);

        Assert.Equal("waiting", (string?)waiting["status"]);
        Assert.Null(waiting["sla"]!["resolutionDue"]);
        Assert.Equal("open", (string?)reopened["status"]);
        Assert.True(DateTimeOffset.Parse((string)reopened["sla"]!["resolutionDue"]!) > dueBefore, "the two hours waited move the resolution due time later");
        Assert.Equal("02:00:00", (string?)resolved["resolutionTime"]);
        var pause = Assert.Single(resolved["pauses"]!.AsArray());
        Assert.Equal((RoutingApp.TuesdayMorning.AddHours(1), RoutingApp.TuesdayMorning.AddHours(3)),
            (DateTimeOffset.Parse((string)pause!["from"]!), DateTimeOffset.Parse((string)pause["to"]!)));
    }

    [Fact]
    public async Task A_case_resolved_while_waiting_counts_only_the_time_before_it_waited()
    {
        var routed = await _app.RouteAsync(_app.Event("w3", "Gdzie jest faktura?"), RoutingApp.Classified(Intent.Question));
        var id = routed!.ConversationId!;
        _app.Time.Advance(TimeSpan.FromMinutes(30));
        await Actions.WaitOnCustomerAsync(id, CancellationToken.None);
        _app.Time.Advance(TimeSpan.FromHours(3));

        await Actions.ResolveAsync(id, CancellationToken.None);

        Assert.Equal("00:30:00", (string?)(await _app.ConversationAsync(id))["resolutionTime"]);
    }
}
