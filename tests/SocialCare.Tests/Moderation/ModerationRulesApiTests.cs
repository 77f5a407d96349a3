using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Moderation;

/// <summary>GET/PUT/DELETE /api/moderation/{channelId} against the real app and Table Storage.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class ModerationRulesApiTests(IdleAppFixture shared) : IClassFixture<IdleAppFixture>
{
    private TestApp _app => shared.Sut;

    [Fact]
    public async Task A_channel_without_rules_answers_the_defaults()
    {
        var rules = await _app.Client.GetFromJsonAsync<JsonObject>("/api/moderation/vk:1");

        Assert.Equal(("act", 3, 30, true), (rules!["mode"]!.GetValue<string>(), rules["blockAfterAbusive"]!.GetValue<int>(), rules["windowDays"]!.GetValue<int>(), rules["isDefault"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Stored_rules_are_answered_until_deleted()
    {
        var put = await _app.Client.PutAsJsonAsync("/api/moderation/vk:2", new { mode = "suggest", blockAfterAbusive = 5, windowDays = 7 });
        var stored = await _app.Client.GetFromJsonAsync<JsonObject>("/api/moderation/vk:2");
        var deleted = await _app.Client.DeleteAsync("/api/moderation/vk:2");
        var again = await _app.Client.DeleteAsync("/api/moderation/vk:2");
        var after = await _app.Client.GetFromJsonAsync<JsonObject>("/api/moderation/vk:2");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("suggest", 5, 7, false), (stored!["mode"]!.GetValue<string>(), stored["blockAfterAbusive"]!.GetValue<int>(), stored["windowDays"]!.GetValue<int>(), stored["isDefault"]!.GetValue<bool>()));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, again.StatusCode));
        Assert.True(after!["isDefault"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"mode":"nuke"}""", "mode")]
    [InlineData("""{"blockAfterAbusive":3}""", "mode")]
    [InlineData("""{"mode":"act","blockAfterAbusive":0}""", "blockAfterAbusive")]
    [InlineData("""{"mode":"act","windowDays":400}""", "windowDays")]
    [InlineData("""{"mode":"act","windowDays":"soon"}""", "windowDays")]
    public async Task A_bad_value_is_a_bad_request_naming_the_field(string body, string field)
    {
        var response = await _app.Client.PutAsync("/api/moderation/vk:3", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal([field], (await ProblemAssert.IsValidationProblemAsync(response)).Keys);
    }

    [Fact]
    public async Task The_rules_need_the_function_key()
    {
        var response = await _app.Anonymous.GetAsync("/api/moderation/vk:1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
