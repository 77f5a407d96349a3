using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCare.Functions;

namespace SocialCare.Tests.Infrastructure;

/// <summary>
/// The real app in local host mode on a free port, against the shared test Azurite (own name prefix) and an SMTP
/// sink of its own. Logs are captured so tests can assert what is (and is not) logged.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string FunctionKey = "test-function-key";
    public const string ListeningSecret = "test-listening-secret";

    private TestApp(WebApplication app, SmtpSink smtp, Azurite azurite, string prefix, CapturedLogs logs)
    {
        App = app;
        Smtp = smtp;
        Azurite = azurite;
        Prefix = prefix;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        Anonymous = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }
    public SmtpSink Smtp { get; }
    public Azurite Azurite { get; }
    public string Prefix { get; }
    public CapturedLogs Logs { get; }
    public HttpClient Client { get; }
    public HttpClient Anonymous { get; }
    public IServiceProvider Services => App.Services;

    public static async Task<TestApp> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var azurite = await Azurite.SharedAsync();
        var smtp = new SmtpSink();
        var prefix = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var logs = new CapturedLogs();
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix,
            ["Api:FunctionKey"] = FunctionKey,
            ["Listening:Secret"] = ListeningSecret,
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:From"] = "socialcare@test.local",
            ["Notifications:DefaultEmail"] = "team@test.local",
            ["Queues:RetryDelayMilliseconds"] = "20",
            ["Queues:LockSeconds"] = "10",
            ["Queues:MaxPollMilliseconds"] = "200",
            ["Telemetry:Console"] = "false",
            // No demo channels: tests store the schedules they need.
            ["Demo:Seed"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;

        var app = SocialCareApp.Build(["--port", "0"], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddProvider(logs);
            services?.Invoke(builder.Services);
        }, values);
        await app.StartAsync();
        return new TestApp(app, smtp, azurite, prefix, logs);
    }

    public static string Sign(string body, string secret = ListeningSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public Task<HttpResponseMessage> PostMentionsAsync(string body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/listening") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-SocialCare-Signature", signature ?? Sign(body));
        return Anonymous.SendAsync(request);
    }

    public Azure.Storage.Queues.QueueClient Queue(string name) =>
        new(Azurite.ConnectionString, $"{Prefix}-{name}", new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 });

    /// <summary>
    /// Waits until the local pumps have nothing left to do: no visible message in any pipeline queue of this app and
    /// none in hand, seen twice 50 ms apart (longer than the tests' retry delay, so a retry becoming visible is seen).
    /// Messages scheduled for later (a coalesced burst, a deferred delivery) are not waited for. What "nothing more
    /// happens" is proved with, instead of a sleep.
    /// </summary>
    public async Task DrainedAsync(TimeSpan? timeout = null)
    {
        var activity = Services.GetRequiredService<SocialCare.Functions.LocalHost.PumpActivity>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        for (var quiet = 0; quiet < 2;)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The pipeline did not drain: {activity.InFlight} in hand.");
            var idle = activity.InFlight == 0 && await QueuesEmptyAsync() && activity.InFlight == 0;
            quiet = idle ? quiet + 1 : 0;
            if (quiet < 2) await Task.Delay(50);
        }
    }

    private async Task<bool> QueuesEmptyAsync()
    {
        foreach (var name in SocialCare.Core.Messages.QueueNames.All)
        {
            try
            {
                if ((await Queue(name).PeekMessagesAsync(1)).Value.Length > 0) return false;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // Never created: nothing was ever sent to it.
            }
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
