using System.Net;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

[Trait(Needs.Trait, Needs.Azurite)]
public sealed class QueueUnavailableTests
{
    [Fact]
    public async Task When_storage_is_unreachable_the_webhook_answers_503_and_health_says_so()
    {
        var closed = FreePort.Next();
        var unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"QueueEndpoint=http://127.0.0.1:{closed}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{closed}/devstoreaccount1;";
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = unreachable,
            ["Queues:RunTriggers"] = "false",
            // What is proved is the answer once the SDK's retries are spent, not how long its default back-off takes.
            ["Storage:MaxRetries"] = "1",
            ["Storage:RetryDelay"] = "00:00:00.05",
        });

        var webhook = await app.PostMentionsAsync(Mentions.Body(Mentions.One("q1", "hello")));
        var health = await app.Anonymous.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, webhook.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = System.Text.Json.JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unreachable", report.GetProperty("tables").GetString());
        Assert.Equal("unreachable", report.GetProperty("queues").GetString());
        Assert.False(report.GetProperty("healthy").GetBoolean());
    }
}
