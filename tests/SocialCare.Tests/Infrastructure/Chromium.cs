using Microsoft.Playwright;

namespace SocialCare.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, one browser per test class (each test opens its own context, so cookies
/// never leak between tests, and closes them when it ends, so no page of an earlier test goes on polling the app). ./test installs the package when it is missing; Playwright cannot download a browser here.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>
    /// Debian's chromium-headless-shell (the headless build Playwright itself uses by default, about a third of the
    /// full browser's CPU), else Debian's full chromium.
    /// </summary>
    public static readonly string ExecutablePath = File.Exists("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium";

    private readonly System.Collections.Concurrent.ConcurrentQueue<IBrowserContext> sessions = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Needs.Refuse(Needs.Browser);
        if (!File.Exists(ExecutablePath)) throw new InvalidOperationException($"No browser at {ExecutablePath}: ./test installs Debian's chromium-headless-shell package (apt-get install chromium-headless-shell).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // As root Chromium refuses to start without --no-sandbox; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser session (its own cookies) on the app, or one that starts from <paramref name="storageState"/>
    /// (cookies and local storage saved by <c>IBrowserContext.StorageStateAsync</c>).</summary>
    public async Task<IPage> OpenAsync(string baseUrl, string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, StorageState = storageState });
        context.SetDefaultTimeout(15_000);
        sessions.Enqueue(context);
        return await context.NewPageAsync();
    }

    /// <summary>Closes every session opened so far: a test class calls it when each test ends.</summary>
    public async Task CloseSessionsAsync()
    {
        while (sessions.TryDequeue(out var context)) await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
