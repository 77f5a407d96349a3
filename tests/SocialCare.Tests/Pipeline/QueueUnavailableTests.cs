using System.Net;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Pipeline;

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
        });

        var webhook = await app.PostMentionsAsync(Mentions.Body(Mentions.One("q1", "hello")));
        var health = await app.Anonymous.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, webhook.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("unreachable", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
