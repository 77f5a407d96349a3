using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialCare.Tests.Infrastructure;
using SocialCare.Tests.Moderation;

namespace SocialCare.Tests.Security;

/// <summary>Every route a function.json declares with authLevel "function" refuses a missing or wrong key.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed partial class FunctionKeyTests(IdleAppFixture shared) : IClassFixture<IdleAppFixture>
{
    private TestApp _app => shared.Sut;

    public static TheoryData<string, string> ProtectedRoutes()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "functions", "SocialCare.Functions", "Triggers"), "function.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in document.RootElement.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() != "httpTrigger" || binding.GetProperty("authLevel").GetString() == "anonymous") continue;
                var path = "/" + RouteParameter().Replace(binding.GetProperty("route").GetString()!, "probe");
                foreach (var method in binding.GetProperty("methods").EnumerateArray()) data.Add(method.GetString()!.ToUpperInvariant(), path);
            }
        }
        data.Add("POST", "/admin/functions/Classify");
        // The trigger envelope route and the local Teams card viewer (issue 13, point 5).
        foreach (var trigger in new[] { "Classify", "Route", "Notify" }) data.Add("POST", "/" + trigger);
        data.Add("GET", "/dev/teams");
        return data;
    }

    [Fact]
    public async Task A_trigger_envelope_without_the_key_is_refused_with_problem_details_and_the_function_does_not_run()
    {
        var classified = await ClassifyInvocation.ClassifyAsync(_app, ClassifyInvocation.Event("Gdzie jest moja paczka?", authorId: "no-key-customer"));
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(classified["next"]!.ToJsonString())) },
            ["Metadata"] = new JsonObject { ["DeliveryCount"] = "1" },
        }.ToJsonString();

        using var refused = await _app.Anonymous.PostAsync("/Route", new StringContent(envelope, Encoding.UTF8, "application/json"));
        var before = await _app.Client.GetStringAsync("/api/conversations?customerId=no-key-customer");
        using var accepted = await _app.Client.PostAsync("/Route", new StringContent(envelope, Encoding.UTF8, "application/json"));
        var after = await _app.Client.GetStringAsync("/api/conversations?customerId=no-key-customer");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("x-functions-key", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(before)!["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(JsonNode.Parse(after)!["items"]!.AsArray());
    }

    [Fact]
    public async Task A_cross_site_form_post_to_a_trigger_function_is_refused()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Data"] = "{}" });
        var request = new HttpRequestMessage(HttpMethod.Post, "/Notify") { Content = form };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await _app.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_local_teams_card_viewer_needs_the_key_but_the_stand_in_webhook_takes_cards_as_a_workflows_url_does()
    {
        using var viewer = await _app.Anonymous.GetAsync("/dev/teams");
        using var viewerWithCode = await _app.Anonymous.GetAsync($"/dev/teams?code={TestApp.FunctionKey}");
        using var webhook = await _app.Anonymous.PostAsync("/dev/teams-webhook", new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viewerWithCode.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, webhook.StatusCode);
    }

    [Fact]
    public void There_are_protected_routes_to_check() => Assert.True(ProtectedRoutes().Count() > 2);

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task A_protected_route_refuses_a_missing_key(string method, string path)
    {
        using var response = await _app.Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task A_protected_route_refuses_a_wrong_key_in_the_header_or_the_query(string method, string path)
    {
        var header = new HttpRequestMessage(new HttpMethod(method), path);
        header.Headers.Add("x-functions-key", TestApp.FunctionKey + "x");
        using var byHeader = await _app.Anonymous.SendAsync(header);
        using var byQuery = await _app.Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path + (path.Contains('?') ? "&" : "?") + "code=" + TestApp.FunctionKey[..^1]));

        Assert.Equal(HttpStatusCode.Unauthorized, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byQuery.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task The_right_key_gets_past_the_check(string method, string path)
    {
        using var response = await _app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex RouteParameter();
}
