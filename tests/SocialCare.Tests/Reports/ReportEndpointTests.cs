using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Reports;

/// <summary>The report conversations of <see cref="ReportConversations"/>, owned, with their customers' messages, in one app for the class.</summary>
public sealed class ReportAppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" }, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(ReportConversations.Now)));
        var store = App.Services.GetRequiredService<IConversationStore>();
        var day = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var all = ReportConversations.All;
        (Core.Conversations.Conversation, string)[] seeded =
        [
            (all[0] with { Assignee = "anna", Team = "care", InboundAt = [day.AddHours(9)] }, "Kurier zgubił paczkę, a status mówi doręczono"),
            (all[1] with { Assignee = "anna", Team = "care", InboundAt = [day.AddHours(10)] }, "Znowu kurier zgubił przesyłkę!"),
            (all[2] with { Assignee = "olga", InboundAt = [day.AddHours(20)] }, "Aplikacja nie działa"),
            (all[3], "Gdzie moja paczka?"),
        ];
        foreach (var (c, text) in seeded)
        {
            await store.SaveAsync(c, null, [Notifications.Fakes.Conversations.Message($"m-{c.Id}", text, c.InboundAt?.FirstOrDefault() ?? c.CreatedAt)], CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ReportEndpointTests(ReportAppFixture fixture) : IClassFixture<ReportAppFixture>
{
    private const string Period = "from=2026-11-23&to=2026-11-24&channelId=page-1";
    private TestApp _app => fixture.App;

    [Fact]
    public async Task The_sla_report_answers_with_figures_of_the_conversations_created()
    {
        var sut = await _app.Client.GetFromJsonAsync<JsonElement>($"/api/reports/sla?{Period}");

        Assert.Equal(3, sut.GetProperty("conversations").GetInt32());
        Assert.Equal(45, sut.GetProperty("firstResponse").GetProperty("medianMinutes").GetDouble());
        Assert.Equal(228, sut.GetProperty("resolution").GetProperty("p90Minutes").GetDouble());
        Assert.Equal(1, sut.GetProperty("breaches").GetProperty("first_response").GetInt32());
        Assert.Equal(4, sut.GetProperty("csat").GetProperty("average").GetDouble());
        // The period's cases still open or waiting: r-c (r-d, open too, started before the period).
        Assert.Equal(1, sut.GetProperty("backlogNow").GetInt32());
        var longer = await _app.Client.GetFromJsonAsync<JsonElement>("/api/reports/sla?from=2026-11-20&to=2026-11-24");
        Assert.Equal(2, longer.GetProperty("backlogNow").GetInt32());
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

    [Fact]
    public async Task The_sla_report_has_daily_agent_team_and_heatmap_figures()
    {
        var sut = await _app.Client.GetFromJsonAsync<JsonElement>($"/api/reports/sla?{Period}");

        var day = sut.GetProperty("daily")[0];
        Assert.Equal("2026-11-23", day.GetProperty("date").GetString());
        Assert.Equal(3, day.GetProperty("conversations").GetInt32());
        Assert.Equal(45, day.GetProperty("firstResponseMinutes").GetProperty("median").GetDouble());
        Assert.Equal(228, day.GetProperty("resolutionMinutes").GetProperty("p90").GetDouble());
        var anna = sut.GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("agentId").GetString() == "anna");
        Assert.Equal((2, 1.0, 4.0, 0), (anna.GetProperty("handled").GetInt32(), anna.GetProperty("slaMetRate").GetDouble(), anna.GetProperty("csat").GetDouble(), anna.GetProperty("forcedSends").GetInt32()));
        Assert.Equal(["care", "first-line"], sut.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("team").GetString()));
        Assert.Equal([(1, 10, 1), (1, 11, 1), (1, 21, 1)], sut.GetProperty("heatmap").EnumerateArray()
            .Select(h => (h.GetProperty("dayOfWeek").GetInt32(), h.GetProperty("hour").GetInt32(), h.GetProperty("count").GetInt32())));
    }

    [Theory]
    [InlineData("", "agentId,name,handled,")]
    [InlineData("&table=daily", "date,conversations,")]
    [InlineData("&table=teams", "team,handled,")]
    [InlineData("&table=heatmap", "channelId,dayOfWeek,hour,count")]
    public async Task Each_table_is_csv_with_a_header_row(string table, string header)
    {
        var response = await _app.Client.GetAsync($"/api/reports/sla.csv?{Period}{table}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(header, lines[0]);
        Assert.True(lines.Length >= 2, string.Join("|", lines));
    }

    [Fact]
    public async Task An_unknown_table_is_a_400_naming_it()
    {
        var problem = await ProblemAssert.IsProblemAsync(await _app.Client.GetAsync($"/api/reports/sla.csv?{Period}&table=people"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("table", out _));
    }

    [Theory]
    [InlineData("heatmap.png")]
    [InlineData("weeks.png")]
    public async Task The_other_charts_are_pngs(string chart)
    {
        var response = await _app.Client.GetAsync($"/api/reports/{chart}?{Period}");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 5_000);
    }

    [Fact]
    public async Task The_voice_of_the_customer_gives_the_weeks_recurring_complaint_phrases()
    {
        var sut = await _app.Client.GetFromJsonAsync<JsonElement>("/api/reports/voice?week=2026-W48");

        var topic = sut.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("phrase").GetString() == "kurier zgubił");
        Assert.Equal(2, topic.GetProperty("count").GetInt32());
        Assert.Equal(0, topic.GetProperty("previousWeek").GetInt32());
        Assert.Equal(2, topic.GetProperty("examples").GetArrayLength());
        var problem = await ProblemAssert.IsProblemAsync(await _app.Client.GetAsync("/api/reports/voice?week=48"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("week", out _));
    }

    [Fact]
    public async Task The_monday_digest_mails_last_weeks_voice_to_the_default_address_when_no_recipients_are_set()
    {
        var envelope = new { Data = new { timer = new { IsPastDue = false } }, Metadata = new { } };

        var response = await _app.Client.PostAsJsonAsync("/VoiceDigest", envelope);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mail = Assert.Single(await _app.Smtp.WaitForAsync(1, where: m => m.Subject?.StartsWith("[voice of the customer]", StringComparison.Ordinal) == true));
        Assert.Equal("team@test.local", mail.To.Mailboxes.Single().Address);
        Assert.Equal("[voice of the customer] 2026-W47: no recurring complaint", mail.Subject);
    }

    [Fact]
    public void The_digest_lists_each_topic_with_its_examples_escaped()
    {
        var report = new Core.Reports.VoiceReport("2026-W48", default, default,
            [new Core.Reports.VoiceTopic("facebook:1", "kurier zgubił", 3, 1, ["<b>Kurier</b> zgubił paczkę", "kurier zgubił znowu"])]);

        var mail = Functions.Triggers.VoiceDigest.VoiceDigestFunction.Message(report, ["lead@brand.test", "care@brand.test"]);

        Assert.Equal("[voice of the customer] 2026-W48: \"kurier zgubił\" ×3", mail.Subject);
        Assert.Equal(["lead@brand.test", "care@brand.test"], mail.To);
        Assert.Contains("&lt;b&gt;Kurier&lt;/b&gt; zgubił paczkę", mail.Html);
        Assert.Contains("facebook:1: \"kurier zgubił\" 3 (week before 1)", mail.Text);
    }

    [Fact]
    public async Task The_rollup_timer_keeps_the_last_90_days_for_the_brand_and_each_team()
    {
        var envelope = new { Data = new { timer = new { IsPastDue = false } }, Metadata = new { } };

        var response = await _app.Client.PostAsJsonAsync("/ReportRollups", envelope);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var facts = new Azure.Data.Tables.TableClient(_app.Azurite.ConnectionString, _app.Prefix + Adapters.Tables.TableNames.ReportFacts);
        var kept = facts.Query<Azure.Data.Tables.TableEntity>("PartitionKey eq '_rollup'", select: ["RowKey"]).Select(r => r.RowKey.Split('|')[0]).ToList();
        // Other tests of the class may have kept days of a channel's report as well: count the brand's and the teams'.
        // 90 whole days before 25 Nov 2026 (today is cut, so not kept), for the brand and the five default teams.
        Assert.Equal(90, kept.Distinct().Count());
        Assert.Contains("2026-11-23", kept);
        Assert.DoesNotContain("2026-11-25", kept);
        Assert.True(kept.Count >= 90 * 6, $"{kept.Count} rollups kept");
    }
}
