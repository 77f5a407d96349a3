using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Telegram;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;
using SocialCare.Functions.Telemetry;
using SocialCare.Tests.Channels;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Security;

/// <summary>
/// The Telegram bot token is part of every Bot API URL. Telegram publishes go through the app's own channel
/// registrations, HTTP tracing (as sent to Application Insights) and logging at Trace level: the URL reaches
/// Telegram whole, and the token reaches no span name, span attribute, log line or exception.
/// </summary>
public sealed class TelegramTokenTelemetryTests : IAsyncLifetime
{
    private const string BotId = "7712345678";
    private const string Secret = "AAE-telemetry-secret_9f8e7d";
    private const string Token = BotId + ":" + Secret;

    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly CapturedLogs logs = new();
    private FakePlatformApi api = null!;

    public async Task InitializeAsync() => api = await FakePlatformApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_published_message_leaves_no_bot_token_in_spans_or_logs()
    {
        api.Reply(200, """{"ok":true,"result":{"message_id":5522}}""");
        api.Reply(400, """{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}""");
        await using var services = Services(api.BaseAddress());
        using var tracing = services.GetRequiredService<TracerProvider>();
        var sut = Publisher(services);

        var sent = await sut.PublishAsync(new PublishRequest($"telegram:{BotId}", PublishAction.Dm, "Hi", TargetUserId: "6123456789"), default);
        var refused = await sut.PublishAsync(new PublishRequest($"telegram:{BotId}", PublishAction.Dm, "Hi", TargetUserId: "1"), default);
        tracing.ForceFlush();

        Assert.True(sent.Succeeded, sent.Error);
        Assert.False(refused.Succeeded);
        Assert.All(api.Requests, r => Assert.Equal($"/bot{Token}/sendMessage", r.RawTarget));
        var ours = Ours(api.BaseAddress());
        Assert.Equal(2, ours.Count);
        Assert.All(ours, s => Assert.Equal($"{api.BaseAddress()}bot{BotId}:{TelegramBotToken.Redacted}/sendMessage", s.GetTagItem("url.full")));
        AssertNoToken(ours);
    }

    [Fact]
    public async Task A_failed_connection_leaves_no_bot_token_in_spans_logs_or_the_exception()
    {
        var closed = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        await using var services = Services(closed);
        using var tracing = services.GetRequiredService<TracerProvider>();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            Publisher(services).PublishAsync(new PublishRequest($"telegram:{BotId}", PublishAction.Dm, "Hi", TargetUserId: "6123456789"), default));
        tracing.ForceFlush();

        Assert.DoesNotContain(Secret, failure.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(Ours(closed));
        AssertNoToken(Ours(closed));
    }

    private void AssertNoToken(IReadOnlyList<Activity> ours)
    {
        foreach (var span in ours)
        {
            Assert.DoesNotContain(Secret, span.DisplayName, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, span.OperationName, StringComparison.Ordinal);
            Assert.All(span.TagObjects, t => Assert.DoesNotContain(Secret, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal));
            Assert.All(span.Events.SelectMany(e => e.Tags), t => Assert.DoesNotContain(Secret, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal));
        }
        var http = logs.Lines.Where(l => l.Contains($"System.Net.Http.HttpClient.{ChannelHttpClients.Telegram}", StringComparison.Ordinal)).ToList();
        Assert.Contains(http, l => l.Contains($"bot{BotId}:{TelegramBotToken.Redacted}/sendMessage", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Secret, StringComparison.Ordinal));
    }

    /// <summary>Spans of calls to this test's listener (other tests in the process make HTTP calls too).</summary>
    private List<Activity> Ours(Uri listener) =>
        [.. spans.Where(s => s.GetTagItem("server.port") is int port && port == listener.Port && s.GetTagItem("server.address") as string == listener.Host)];

    private ServiceProvider Services(Uri telegramApi)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = telegramApi.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<IOutbox, InMemoryOutbox>();
        services.AddSingleton(TimeProvider.System);
        services.AddChannels(configuration);
        services.AddOpenTelemetry().WithTracing(t => t.AddOutgoingHttpTracing().AddProcessor(new SimpleActivityExportProcessor(new Collector(spans))));
        return services.BuildServiceProvider();
    }

    private static IPlatformPublisher Publisher(IServiceProvider services) =>
        services.GetServices<IPlatformPublisher>().Single(p => p.Platform == "telegram");

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Collector(ConcurrentQueue<Activity> sink) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var activity in batch) sink.Enqueue(activity);
            return ExportResult.Success;
        }
    }
}
