using SocialCare.Tests.Infrastructure;
using System.Net;
using SocialCare.Adapters.Links;
using SocialCare.Core.Classification;
using SocialCare.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCare.Tests.Routing;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ActionLinkTests : IAsyncLifetime
{
    private RoutingApp _app = null!;

    public async Task InitializeAsync() => _app = await RoutingApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_claim_link_shows_an_escaped_confirmation_page_and_its_form_claims_the_conversation()
    {
        var routed = await _app.RouteAsync(_app.Event("l1", "<script>alert('x')</script> zepsute"), RoutingApp.Classified(Intent.Complaint, Sentiment.Negative));
        var sut = _app.App.Services.GetRequiredService<IActionLinks>();
        var link = sut.Claim(routed!.ConversationId!, "olga");

        var page = await _app.App.Anonymous.GetAsync(link.PathAndQuery);
        var html = await page.Content.ReadAsStringAsync();
        var posted = await _app.App.Anonymous.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("olga", (string?)(await _app.ConversationAsync(routed.ConversationId!))["assignee"]);
    }

    [Fact]
    public async Task A_tampered_or_expired_link_is_forbidden()
    {
        var routed = await _app.RouteAsync(_app.Event("l2", "Pytanie"), RoutingApp.Classified(Intent.Question));
        var sut = _app.App.Services.GetRequiredService<IActionLinks>();
        var claim = sut.Claim(routed!.ConversationId!, "anna").PathAndQuery;
        var resolve = sut.Resolve(routed.ConversationId!, null).PathAndQuery;

        var otherAgent = await _app.App.Anonymous.PostAsync(claim.Replace("a=anna", "a=olga", StringComparison.Ordinal), null);
        var asResolve = await _app.App.Anonymous.GetAsync(claim.Replace("/claim?", "/resolve?", StringComparison.Ordinal));
        _app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var expired = await _app.App.Anonymous.PostAsync(resolve, null);

        Assert.Equal(HttpStatusCode.Forbidden, otherAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asResolve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("open", (string?)(await _app.ConversationAsync(routed.ConversationId!))["status"]);
    }

    [Fact]
    public async Task A_team_claim_link_without_an_agent_lets_the_page_say_who_claims()
    {
        var routed = await _app.RouteAsync(_app.Event("l3", "Chcę kupić 10 sztuk"), RoutingApp.Classified(Intent.PurchaseIntent, Sentiment.Positive, "en"));
        var link = _app.App.Services.GetRequiredService<IActionLinks>().Claim(routed!.ConversationId!, null).PathAndQuery;

        var html = await (await _app.App.Anonymous.GetAsync(link)).Content.ReadAsStringAsync();
        var posted = await _app.App.Anonymous.PostAsync(link, new FormUrlEncodedContent([new("agentId", "piotr")]));

        Assert.Contains("<option value=\"piotr\">Piotr Nowak</option>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("piotr", (string?)(await _app.ConversationAsync(routed.ConversationId!))["assignee"]);
    }
}
