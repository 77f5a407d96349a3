using System.Net;
using System.Text;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>
/// One error shape across the app: a bad request to each family of endpoints answers RFC 9457 problem details
/// (<c>application/problem+json</c>, <c>status</c> equal to the HTTP status), naming the failing field in <c>errors</c>
/// when a field failed. One app serves every case: none of them writes anything.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ProblemDetailsTests(IdleAppFixture app) : IClassFixture<IdleAppFixture>
{
    public static TheoryData<string, string, string?, string> InvalidFields => new()
    {
        { "POST", "/api/classify", "{\"items\":[{\"text\":\"no id\"}]}", "items[0].id" },
        { "GET", "/api/conversations?limit=0", null, "limit" },
        { "PUT", "/api/schedules/myspace:1", "{}", "channelId" },
        { "GET", "/api/reports/sla?from=yesterday", null, "from" },
        { "GET", "/api/outbox?limit=5000", null, "limit" },
        { "PUT", "/api/agents/anna", "{\"teams\":", "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task A_bad_field_is_a_400_validation_problem_naming_it(string method, string path, string? body, string field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await app.Sut.Client.SendAsync(request);

        Assert.Contains(field, (await ProblemAssert.IsValidationProblemAsync(response)).Keys);
    }

    [Theory]
    [InlineData("/api/conversations/nobody-here", HttpStatusCode.NotFound)]
    [InlineData("/api/agents/nobody-here", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-route", HttpStatusCode.NotFound)]
    public async Task A_missing_resource_or_route_is_a_problem(string path, HttpStatusCode status)
    {
        using var response = await app.Sut.Client.GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, status);
    }

    [Fact]
    public async Task A_missing_key_an_unsigned_webhook_and_a_too_large_body_are_problems()
    {
        using var noKey = await app.Sut.Anonymous.GetAsync("/api/conversations");
        using var unsigned = await app.Sut.PostMentionsAsync("{\"mentions\":[]}", signature: "sha256=00");
        using var tooLarge = await app.Sut.Client.PostAsync("/api/classify", new StringContent(new string('a', 5 * 1024 * 1024), Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(noKey, HttpStatusCode.Unauthorized);
        Assert.Contains((await ProblemAssert.IsProblemAsync(unsigned, unsigned.StatusCode)).GetProperty("status").GetInt32(), new[] { 401, 403 });
        await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
    }
}
