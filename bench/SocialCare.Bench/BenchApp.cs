using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SocialCare.Functions;

namespace SocialCare.Bench;

/// <summary>The real app in-process (local host mode, free port) on the bench's Azurite and SMTP sink, logging warnings only.</summary>
internal sealed class BenchApp : IAsyncDisposable
{
    public const string FunctionKey = "bench-function-key";
    public const string ListeningSecret = "bench-listening-secret";

    private BenchApp(WebApplication app, SmtpSink smtp, string prefix, Azurite azurite)
    {
        App = app;
        Smtp = smtp;
        Prefix = prefix;
        Azurite = azurite;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public WebApplication App { get; }
    public SmtpSink Smtp { get; }
    public string Prefix { get; }
    public Azurite Azurite { get; }
    public Uri BaseAddress { get; }

    public static async Task<BenchApp> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var azurite = await Azurite.SharedAsync();
        var smtp = new SmtpSink();
        var prefix = "b" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix,
            ["Api:FunctionKey"] = FunctionKey,
            ["Listening:Secret"] = ListeningSecret,
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:From"] = "socialcare@bench.local",
            ["Notifications:DefaultEmail"] = "team@bench.local",
            ["Telemetry:Console"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var app = SocialCareApp.Build(["--port", "0"], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            services?.Invoke(builder.Services);
        }, values);
        await app.StartAsync();
        return new BenchApp(app, smtp, prefix, azurite);
    }

    public static string Sign(byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ListeningSecret), body));

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
