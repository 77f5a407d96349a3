using Microsoft.Extensions.DependencyInjection;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>The app with the default log levels, after a few requests in and out, shared by the console logging tests.</summary>
public sealed class DefaultLoggingApp : IAsyncLifetime
{
    private TestApp? _app;

    public TestApp App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await MakeRequestsAsync(_app);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>Two requests in, and one out through the app's own IHttpClientFactory (as its adapters send).</summary>
    public static async Task MakeRequestsAsync(TestApp app)
    {
        Assert.True((await app.Anonymous.GetAsync("/api/health")).IsSuccessStatusCode);
        Assert.True((await app.Client.GetAsync("/api/conversations")).IsSuccessStatusCode);
        using var outgoing = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("console-logging-test");
        Assert.True((await outgoing.GetAsync(new Uri(app.Anonymous.BaseAddress!, "/api/health"))).IsSuccessStatusCode);
    }
}
