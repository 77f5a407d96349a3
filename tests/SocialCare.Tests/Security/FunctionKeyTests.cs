using System.Net;
using System.Text.Json;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Security;

/// <summary>Every route a function.json declares with authLevel "function" refuses a missing or wrong key.</summary>
public sealed partial class FunctionKeyTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Queues:RunTriggers"] = "false" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string> ProtectedRoutes()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "functions", "SocialCare.Functions", "Functions"), "function.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in document.RootElement.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() != "httpTrigger" || binding.GetProperty("authLevel").GetString() == "anonymous") continue;
                var path = "/api/" + RouteParameter().Replace(binding.GetProperty("route").GetString()!, "probe");
                foreach (var method in binding.GetProperty("methods").EnumerateArray()) data.Add(method.GetString()!.ToUpperInvariant(), path);
            }
        }
        data.Add("POST", "/admin/functions/Classify");
        return data;
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
