using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialCare.Tests.Notifications.Fakes;

/// <summary>
/// A Kestrel listener standing in for a Teams Workflows webhook: keeps accepted cards, and answers with scripted
/// failures first (429 with Retry-After, 500, a 200 reporting throttling) or <see cref="Down"/> = 500 throughout.
/// </summary>
public sealed class FakeTeamsWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _script = new();
    private readonly ConcurrentQueue<JsonNode> _cards = new();
    private int _posts;

    private FakeTeamsWebhook(WebApplication app) => _app = app;

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/workflows/hook";
    public bool Down { get; set; }
    public int Posts => _posts;
    public IReadOnlyList<JsonNode> Cards => [.. _cards];

    public static async Task<FakeTeamsWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTeamsWebhook(app);
        app.MapPost("/workflows/hook", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    public void Then(int status, string body = "", string? retryAfter = null) => _script.Enqueue(async response =>
    {
        response.StatusCode = status;
        if (retryAfter is not null) response.Headers.RetryAfter = retryAfter;
        await response.WriteAsync(body);
    });

    public async Task<IReadOnlyList<JsonNode>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline && _cards.Count < count) await Task.Delay(50);
        return Cards;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _posts);
        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (Down)
        {
            context.Response.StatusCode = 500;
            return;
        }
        if (_script.TryDequeue(out var scripted))
        {
            await scripted(context.Response);
            return;
        }
        _cards.Enqueue(body!);
        context.Response.StatusCode = 202;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
