using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Reports;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ReportEndpointTests : IAsyncLifetime
{
    private const string Period = "from=2026-11-23&to=2026-11-24&channelId=page-1";
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" }, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(ReportConversations.Now)));
        var store = _app.Services.GetRequiredService<IConversationStore>();
        foreach (var c in ReportConversations.All) await store.SaveAsync(c, null, [], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_sla_report_answers_with_figures_of_the_conversations_created()
    {
        var sut = await _app.Client.GetFromJsonAsync<JsonElement>($"/api/reports/sla?{Period}");

        Assert.Equal(3, sut.GetProperty("conversations").GetInt32());
        Assert.Equal(45, sut.GetProperty("firstResponse").GetProperty("medianMinutes").GetDouble());
        Assert.Equal(228, sut.GetProperty("resolution").GetProperty("p90Minutes").GetDouble());
        Assert.Equal(1, sut.GetProperty("breaches").GetProperty("first_response").GetInt32());
        Assert.Equal(4, sut.GetProperty("csat").GetProperty("average").GetDouble());
        Assert.Equal(2, sut.GetProperty("backlogNow").GetInt32());
    }

    [Fact]
    public async Task The_chart_is_a_png()
    {
        var response = await _app.Client.GetAsync($"/api/reports/sla.png?{Period}");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public async Task The_page_passes_the_key_on_to_the_chart_and_needs_it_itself()
    {
        var html = await _app.Anonymous.GetStringAsync($"/api/reports?{Period}&code={TestApp.FunctionKey}");

        Assert.Contains($"src=\"reports/sla.png?{WebUtility.HtmlEncode(Period)}&amp;code={TestApp.FunctionKey}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous.GetAsync($"/api/reports?{Period}")).StatusCode);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_a_bad_request()
    {
        var response = await _app.Client.GetAsync("/api/reports/sla?from=2026-11-24&to=2026-11-23");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
