using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCare.Adapters.Webhooks;
using SocialCare.Functions;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.ServiceBus;

/// <summary>
/// The webhook's promise with the real Service Bus client: when the namespace cannot be reached, the platform gets
/// 503 (so it retries) once the client's retries are spent, not a 200 and not a hang.
/// </summary>
public sealed class ServiceBusUnreachableTests
{
    private const string MetaSecret = "unreachable-meta-secret";

    [Fact]
    public async Task A_webhook_answers_503_after_the_client_retries_and_health_names_service_bus_when_it_is_unreachable()
    {
        var app = SocialCareApp.Build([], builder => builder.Logging.ClearProviders(), new Dictionary<string, string?>
        {
            [SocialCareApp.HandlerPortSetting] = "0",
            // The emulator form of a connection string: plain AMQP to a local port where nothing listens.
            ["ServiceBusConnection"] = "Endpoint=sb://127.0.0.1:1;SharedAccessKeyName=x;SharedAccessKey=eA==;UseDevelopmentEmulator=true",
            ["ServiceBus:MaxRetries"] = "1",
            ["ServiceBus:Delay"] = "00:00:00.05",
            ["ServiceBus:TryTimeout"] = "00:00:02",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Api:FunctionKey"] = "unreachable-key",
            ["Listening:Secret"] = "unreachable-secret",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:From"] = "socialcare@test.local",
            ["Notifications:DefaultEmail"] = "team@test.local",
            ["Meta:AppSecret"] = MetaSecret,
            ["Links:SigningKey"] = "unreachable-signing-key-0123456789abcdef",
            ["Links:BaseUrl"] = "https://care.test",
            ["Telemetry:Console"] = "false",
            ["Demo:Seed"] = "false",
        });
        await using var _ = app;
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        var body = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Fixture("meta", "page_feed_comment.json")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/meta") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(SignatureComparer.HmacSha256(MetaSecret, body)));
        var watch = Stopwatch.StartNew();

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"answered after {watch.Elapsed}");

        // Health probes Service Bus itself (it used to report it healthy unasked); the probe's timeout bounds it.
        watch.Restart();
        using var health = await http.GetAsync("/api/health");
        var report = System.Text.Json.JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("unreachable", report.GetProperty("queues").GetString());
        Assert.Equal("unhealthy", report.GetProperty("status").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"health answered after {watch.Elapsed}");
    }
}
