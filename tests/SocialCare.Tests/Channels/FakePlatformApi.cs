using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialCare.Tests.Channels;

/// <summary>A real HTTP listener on 127.0.0.1 that records each request and answers from a queue of canned replies.</summary>
internal sealed class FakePlatformApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<CannedReply> replies = new();

    /// <param name="RawTarget">The request target exactly as it came on the wire, before the server decodes or normalizes it.</param>
    public sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, string? ContentType, string Body, string RawTarget);

    public sealed record CannedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The answer when no canned reply is queued; without it, a 500.</summary>
    public Func<RecordedRequest, CannedReply>? Otherwise { get; set; }

    private FakePlatformApi(WebApplication app) => this.app = app;

    public static async Task<FakePlatformApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakePlatformApi(builder.Build());
        fake.app.Run(fake.HandleAsync);
        await fake.app.StartAsync();
        return fake;
    }

    public Uri BaseAddress(string prefix = "")
    {
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri($"{address}/{prefix}");
    }

    public HttpClient Client(string prefix = "") => new() { BaseAddress = BaseAddress(prefix) };

    public void Reply(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        replies.Enqueue(new CannedReply(status, body, headers));

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        RecordedRequest recorded;
        lock (Requests)
        {
            Requests.Add(recorded = new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.FirstOrDefault(),
                context.Request.ContentType,
                body,
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget));
        }
        var reply = replies.TryDequeue(out var r) ? r : Otherwise?.Invoke(recorded) ?? new CannedReply(500, "{\"error\":\"no canned reply\"}");
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
