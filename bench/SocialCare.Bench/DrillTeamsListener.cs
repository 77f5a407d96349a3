using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SocialCare.Bench;

/// <summary>
/// A local Teams Workflows webhook: answers 429 (Retry-After: 1), 500 or 202 as <see cref="Mode"/> says, and keeps
/// the drill token of every card it accepted.
/// </summary>
internal sealed class DrillTeamsListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _accepted = new();
    private int _refused;
    private int _crisisCards;

    private DrillTeamsListener(WebApplication app) => _app = app;

    public TeamsMode Mode { get; set; } = TeamsMode.Accept;
    public Uri Url { get; private set; } = new("http://127.0.0.1/");
    public IReadOnlyList<string> AcceptedTokens => [.. _accepted];
    public int Refused => _refused;
    public int CrisisCards => _crisisCards;

    public static async Task<DrillTeamsListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new DrillTeamsListener(app);
        app.MapPost("/workflows/drill", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            switch (listener.Mode)
            {
                case TeamsMode.Throttle:
                    Interlocked.Increment(ref listener._refused);
                    context.Response.Headers.RetryAfter = "1";
                    return Results.StatusCode(429);
                case TeamsMode.Fail:
                    Interlocked.Increment(ref listener._refused);
                    return Results.StatusCode(500);
                // Crisis cards quote a few of the wave's messages: not a second card about those events.
                case TeamsMode.Accept when body.Contains("Top phrases", StringComparison.Ordinal):
                    Interlocked.Increment(ref listener._crisisCards);
                    return Results.StatusCode(202);
                default:
                    var token = DrillStorage.TokenPattern().Match(body);
                    listener._accepted.Enqueue(token.Success ? token.Value : "");
                    return Results.StatusCode(202);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.Url = new Uri(new Uri(address), "/workflows/drill");
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
