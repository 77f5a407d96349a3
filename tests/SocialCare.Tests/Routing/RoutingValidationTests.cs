using System.Net;
using System.Net.Http.Json;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Routing;

/// <summary>
/// Teams, agents and routing rules that do not validate are refused naming the field. Nothing here is stored, so the
/// cases share one app.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class RoutingValidationTests(RoutingValidationTests.SharedApp shared) : IClassFixture<RoutingValidationTests.SharedApp>
{
    private readonly RoutingApp _app = shared.App;

    public sealed class SharedApp : IAsyncLifetime
    {
        internal RoutingApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await RoutingApp.StartAsync(seedDemo: false);

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task Bad_configuration_is_refused_naming_the_field()
    {
        var capacity = await _app.PutAsync("/api/agents/x", new { name = "X", email = "x@brand.test", teams = new[] { "care" }, capacity = 0, online = true });
        var email = await _app.PutAsync("/api/agents/x", new { name = "X", email = "not-an-email", teams = new[] { "care" }, capacity = 2 });
        var url = await _app.PutAsync("/api/teams/care", new { name = "Care", sla = new { byPriority = new Dictionary<string, object> { ["3"] = new { firstResponse = "00:30:00", nextResponse = "01:00:00", resolution = "08:00:00" } } }, teamsWebhookUrl = "ftp://nope" });
        var rule = await _app.Client.PutAsJsonAsync("/api/routing", new { rules = new[] { new { name = "All to nowhere", team = "nowhere" } } });

        Assert.Equal("capacity", await FieldAsync(capacity));
        Assert.Equal("email", await FieldAsync(email));
        Assert.Equal("teamsWebhookUrl", await FieldAsync(url));
        Assert.Equal("rules[0].team", await FieldAsync(rule));
    }

    [Theory]
    [InlineData("https://169.254.169.254/metadata/identity/oauth2/token")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("http://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke")]
    [InlineData("https://attacker.example/collect")]
    [InlineData("https://webhook.office.com.attacker.example/webhookb2/x")]
    public async Task A_teams_webhook_url_off_the_allowed_hosts_is_refused_naming_the_field(string url)
    {
        var team = await _app.PutAsync("/api/teams/care", new { name = "Care", sla = new { byPriority = new Dictionary<string, object> { ["3"] = new { firstResponse = "00:30:00", nextResponse = "01:00:00", resolution = "08:00:00" } } }, teamsWebhookUrl = url });
        var agent = await _app.PutAsync("/api/agents/x", new { name = "X", email = "x@brand.test", teams = new[] { "care" }, capacity = 2, teamsWebhookUrl = url });

        Assert.Equal(HttpStatusCode.BadRequest, team.StatusCode);
        Assert.Equal("teamsWebhookUrl", await FieldAsync(team));
        Assert.Equal("teamsWebhookUrl", await FieldAsync(agent));
    }

    [Theory]
    [InlineData("https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=s")]
    [InlineData("https://default0a1b2c.0d.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=s")]
    [InlineData("https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi")]
    [InlineData("http://127.0.0.1:7071/dev/teams")]
    public async Task A_teams_or_workflows_webhook_url_is_accepted_and_loopback_too_in_the_local_host(string url)
    {
        var agent = await _app.PutAsync("/api/agents/x", new { name = "X", email = "x@brand.test", teams = new[] { "care" }, capacity = 2, teamsWebhookUrl = url });

        Assert.Equal(HttpStatusCode.OK, agent.StatusCode);
    }

    private static async Task<string?> FieldAsync(HttpResponseMessage response)
    {
        return Assert.Single((await ProblemAssert.IsValidationProblemAsync(response)).Keys);
    }
}
