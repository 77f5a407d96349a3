using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>POST /{FunctionName}, as the Functions host calls a custom handler.</summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class TriggerEndpointTests(IdleAppFixture shared) : IClassFixture<IdleAppFixture>
{
    private TestApp _app => shared.Sut;

    [Fact]
    public async Task Classify_answers_outputs_logs_and_return_value()
    {
        var response = await _app.Client.PostAsync("/Classify", new ByteArrayContent(File.ReadAllBytes(RepoPaths.Fixture("host", "classify-binary.json"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var next = body.RootElement.GetProperty("Outputs").GetProperty("next");
        Assert.Equal(JsonValueKind.Object, next.ValueKind);
        Assert.Equal("listening:brand24:m42", next.GetProperty("messageId").GetString());
        Assert.Equal("pl", next.GetProperty("classification").GetProperty("language").GetString());
        Assert.NotEmpty(body.RootElement.GetProperty("Logs").EnumerateArray());
    }

    [Fact]
    public async Task An_envelope_encoded_for_another_data_type_is_refused_and_nothing_is_classified()
    {
        // Classify's trigger is dataType binary; the string form is what the host sends for a trigger without one.
        var response = await _app.Client.PostAsync("/Classify", new ByteArrayContent(File.ReadAllBytes(RepoPaths.Fixture("host", "classify-string.json"))));

        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("\"Outputs\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_handler_answers_non_2xx_so_the_host_fails_the_invocation()
    {
        var notice = """{"schemaVersion":1,"notificationId":"n1","kind":"new_message","conversationId":"no-such-conversation"}""";
        var envelope = new { Data = new { message = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(notice)) }, Metadata = new { DeliveryCount = "1" } };

        var response = await _app.Client.PostAsJsonAsync("/Notify", envelope, new JsonSerializerOptions()); // "Data", not the web default "data"

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_envelope_is_a_bad_request_and_an_unknown_function_not_found()
    {
        var malformed = await _app.Client.PostAsync("/Classify", new StringContent("{\"Data\": [1,"));
        var unknown = await _app.Client.PostAsync("/NoSuchFunction", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_host_readiness_poll_gets_an_answer_at_the_root()
    {
        var response = await _app.Anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
