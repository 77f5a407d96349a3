using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialCare.Tests.Notifications.Fakes;

/// <summary>
/// The parts of the Service Bus REST runtime API dead-letter handling uses: peek-lock on {queue}/$deadletterqueue
/// (201 with BrokerProperties, custom properties as headers and Location; 204 when empty), unlock (PUT), complete
/// (DELETE) and send (POST {queue}/messages). Every call must carry a bearer token.
/// </summary>
public sealed class FakeServiceBus : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Letter> _letters = new();

    private FakeServiceBus(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    public ConcurrentQueue<(string Queue, string MessageId, string Body)> Sent { get; } = new();
    public int DeadLetterCount => _letters.Count;

    public void DeadLetter(string messageId, string body, string reason) => _letters[messageId] = new Letter(messageId, body, reason, null);

    public static async Task<FakeServiceBus> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeServiceBus(app);
        app.Use(async (context, next) =>
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)) context.Response.StatusCode = 401;
            else await next(context);
        });
        app.MapPost("/{queue}/$deadletterqueue/messages/head", fake.LockHead);
        app.MapPut("/{queue}/$deadletterqueue/messages/{id}/{lockToken}", (string id) => fake.Unlock(id));
        app.MapDelete("/{queue}/$deadletterqueue/messages/{id}/{lockToken}", (string id, string lockToken) =>
            fake._letters.TryGetValue(id, out var l) && l.LockToken == lockToken && fake._letters.TryRemove(id, out _) ? Results.Ok() : Results.NotFound());
        app.MapPost("/{queue}/messages", async (string queue, HttpRequest request) =>
        {
            var broker = JsonSerializer.Deserialize<Dictionary<string, string>>(request.Headers["BrokerProperties"].ToString())!;
            fake.Sent.Enqueue((queue, broker["MessageId"], await new StreamReader(request.Body).ReadToEndAsync()));
            return Results.StatusCode(201);
        });
        await app.StartAsync();
        return fake;
    }

    private IResult LockHead(string queue, HttpContext context)
    {
        foreach (var (id, letter) in _letters)
        {
            if (letter.LockToken is not null) continue;
            var token = Guid.NewGuid().ToString();
            if (!_letters.TryUpdate(id, letter with { LockToken = token }, letter)) continue;
            context.Response.Headers["BrokerProperties"] = JsonSerializer.Serialize(new { MessageId = id, LockToken = token, DeliveryCount = 10, EnqueuedTimeUtc = "Mon, 23 Nov 2026 10:00:00 GMT" });
            context.Response.Headers["DeadLetterReason"] = $"\"{letter.Reason}\"";
            context.Response.Headers["DeadLetterErrorDescription"] = "\"failed 10 times\"";
            context.Response.Headers.Location = $"{Endpoint}{queue}/$deadletterqueue/messages/{id}/{token}";
            return Results.Text(letter.Body, "application/json", statusCode: 201);
        }
        return Results.NoContent();
    }

    private IResult Unlock(string id)
    {
        if (_letters.TryGetValue(id, out var letter)) _letters[id] = letter with { LockToken = null };
        return Results.Ok();
    }

    private sealed record Letter(string Id, string Body, string Reason, string? LockToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
