using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialCare.Tests.Language;

/// <summary>
/// A real HTTP server on 127.0.0.1 (port chosen by the OS) standing in for Azure AI Language: it answers from a script
/// of (status, headers, body), falls back to the default answers, and records every request it received.
/// </summary>
internal sealed class FakeLanguageService : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> script = new();

    public sealed record Received(string Path, string Query, string Kind, string DocumentText, JsonElement Parameters, IReadOnlyDictionary<string, string> Headers);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public string DetectionBody { get; set; } = LanguageFixtures.Detection("pl", "Polish");
    public string SentimentBody { get; set; } = LanguageFixtures.NegativeSentiment;
    public Uri Endpoint { get; }

    private FakeLanguageService(WebApplication app)
    {
        this.app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Endpoint = new Uri(address);
    }

    /// <summary>The server certificate when started with TLS (bearer tokens are only sent over https).</summary>
    public X509Certificate2? Certificate { get; private init; }

    public static async Task<FakeLanguageService> StartAsync(bool https = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var certificate = https ? SelfSignedLoopbackCertificate() : null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null) listen.UseHttps(certificate);
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeLanguageService? service = null;
        app.MapPost("/language/:analyze-text", (HttpContext context) => service!.AnswerAsync(context));
        await app.StartAsync();
        service = new FakeLanguageService(app) { Certificate = certificate };
        return service;
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public void Then(int status, string body, string? retryAfter = null) => script.Enqueue((status, body, retryAfter));

    private async Task AnswerAsync(HttpContext context)
    {
        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var root = json.RootElement.Clone();
        var kind = root.GetProperty("kind").GetString()!;
        Requests.Enqueue(new Received(
            context.Request.Path, context.Request.QueryString.Value ?? "", kind,
            root.GetProperty("analysisInput").GetProperty("documents")[0].GetProperty("text").GetString()!,
            root.GetProperty("parameters"),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        var (status, body, retryAfter) = script.TryDequeue(out var next)
            ? next
            : (200, kind == "LanguageDetection" ? DetectionBody : SentimentBody, null);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
