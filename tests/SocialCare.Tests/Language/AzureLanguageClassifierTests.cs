using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Language;
using SocialCare.Core.Classification;
using ClassificationResult = SocialCare.Core.Classification.Classification;

namespace SocialCare.Tests.Language;

public sealed class AzureLanguageClassifierTests : IAsyncLifetime
{
    private const string Complaint = "Kurier zgubił paczkę, trzeci raz piszę i obsługa milczy.";
    private readonly FakeTimeProvider clock = new();
    private FakeLanguageService service = null!;

    public async Task InitializeAsync() => service = await FakeLanguageService.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    private AzureLanguageClassifier Create(LanguageOptions? options = null, TokenCredential? credential = null)
    {
        options ??= new LanguageOptions { ApiKey = "test-key", RetryDelay = TimeSpan.FromMilliseconds(5), BreakerFailures = 2 };
        options.Endpoint = service.Endpoint.ToString();
        var thumbprint = service.Certificate?.Thumbprint;
        var transport = thumbprint is null ? null : new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        });
        var client = new AzureLanguageClient(LanguagePipeline.Create(options, credential, transport), new Uri(options.Endpoint));
        return new AzureLanguageClassifier(client, new OfflineClassifier(),
            new LanguageCircuitBreaker(options.BreakerFailures, options.BreakerOpenFor, clock),
            Options.Create(options), NullLogger<AzureLanguageClassifier>.Instance);
    }

    [Fact]
    public async Task Service_gives_language_and_sentiment_while_intent_and_signals_stay_our_own()
    {
        var sut = Create();

        var result = await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);

        Assert.Equal(ClassificationResult.SourceAzureLanguage, result.Source);
        Assert.Equal("pl", result.Language);
        Assert.Equal(Sentiment.Negative, result.Sentiment);
        Assert.Equal(0.91, result.SentimentConfidence);
        Assert.Equal(Intent.Complaint, result.Intent);
        Assert.Contains(Signals.RepeatContact, result.Signals);
        Assert.False(result.TextTruncated);
    }

    [Fact]
    public async Task Requests_follow_the_documented_contract_with_the_subscription_key()
    {
        var sut = Create();

        await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);

        var requests = service.Requests.ToList();
        Assert.Equal(["LanguageDetection", "SentimentAnalysis"], requests.Select(r => r.Kind));
        Assert.All(requests, r =>
        {
            Assert.Equal("/language/:analyze-text", r.Path);
            Assert.Equal("?api-version=2024-11-01", r.Query);
            Assert.Equal("test-key", r.Headers["Ocp-Apim-Subscription-Key"]);
            Assert.False(r.Headers.ContainsKey("Authorization"));
        });
        Assert.True(requests[1].Parameters.GetProperty("opinionMining").GetBoolean());
    }

    [Fact]
    public async Task Without_a_key_the_request_carries_an_entra_token_for_cognitive_services()
    {
        await service.DisposeAsync();
        service = await FakeLanguageService.StartAsync(https: true);
        var credential = new RecordingTokenCredential("entra-token");
        var sut = Create(new LanguageOptions { RetryDelay = TimeSpan.FromMilliseconds(5) }, credential);

        await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);

        Assert.All(service.Requests, r => Assert.Equal("Bearer entra-token", r.Headers["Authorization"]));
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task Throttled_call_waits_for_retry_after_and_then_succeeds()
    {
        service.Then(429, LanguageFixtures.Throttled, retryAfter: "1");
        var sut = Create();
        var watch = Stopwatch.StartNew();

        var result = await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}");
        Assert.Equal(ClassificationResult.SourceAzureLanguage, result.Source);
        Assert.Equal(3, service.Requests.Count);
    }

    [Fact]
    public async Task Failing_service_falls_back_offline_and_the_open_breaker_stops_calling_it()
    {
        for (var i = 0; i < 4; i++) service.Then(500, LanguageFixtures.ServerError);
        var sut = Create(new LanguageOptions { ApiKey = "k", MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(5), BreakerFailures = 2 });

        var first = await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);
        var second = await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);
        var callsWhenOpened = service.Requests.Count;
        var whileOpen = await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);

        Assert.All([first, second, whileOpen], r => Assert.Equal(ClassificationResult.SourceOffline, r.Source));
        Assert.Equal(Intent.Complaint, whileOpen.Intent);
        Assert.Equal(4, callsWhenOpened);
        Assert.Equal(callsWhenOpened, service.Requests.Count);
    }

    [Fact]
    public async Task Breaker_lets_a_trial_call_through_after_the_open_period_and_closes_on_success()
    {
        for (var i = 0; i < 2; i++) service.Then(500, LanguageFixtures.ServerError);
        var sut = Create(new LanguageOptions { ApiKey = "k", MaxRetries = 0, BreakerFailures = 2, BreakerOpenFor = TimeSpan.FromSeconds(30) });
        await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);
        await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(31));
        var recovered = await sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None);

        Assert.Equal(ClassificationResult.SourceAzureLanguage, recovered.Source);
    }

    [Fact]
    public async Task Text_over_the_document_limit_is_cut_at_a_sentence_and_the_cut_is_recorded()
    {
        var sentence = "Paczka nie dotarła na czas i nikt nie odpowiada na moje wiadomości. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 100));
        var sut = Create();

        var result = await sut.ClassifyAsync(new ClassificationInput(text), CancellationToken.None);

        Assert.True(result.TextTruncated);
        Assert.All(service.Requests, r =>
        {
            Assert.True(r.DocumentText.Length <= AzureLanguageClient.MaxDocumentLength);
            Assert.EndsWith("wiadomości.", r.DocumentText);
        });
    }

    private sealed class RecordingTokenCredential(string token) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1)));
        }
    }
}
