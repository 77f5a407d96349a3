using System.Globalization;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Tests.Infrastructure;
using SocialCare.Adapters.Language;
using SocialCare.Core.Classification;
using ClassificationResult = SocialCare.Core.Classification.Classification;

namespace SocialCare.Tests.Language;

public sealed class AzureLanguageClassifierTests : IAsyncLifetime
{
    private const string Complaint = "Kurier zgubił paczkę, trzeci raz piszę i obsługa milczy.";
    private readonly TimerClock clock = new();
    private readonly List<ServiceProvider> providers = [];
    private FakeLanguageService service = null!;

    public async Task InitializeAsync() => service = await FakeLanguageService.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in providers) await provider.DisposeAsync();
        await service.DisposeAsync();
    }

    /// <summary>The classifier as the app composes it: the Language settings, the resilience handler, the test clock.</summary>
    private AzureLanguageClassifier Create(LanguageOptions? options = null, TokenCredential? credential = null)
    {
        options ??= new LanguageOptions { ApiKey = "test-key", RetryDelay = TimeSpan.FromMilliseconds(5), BreakerFailures = 2 };
        var settings = new Dictionary<string, string?>
        {
            ["Language:Endpoint"] = service.Endpoint.ToString(),
            ["Language:ApiKey"] = options.ApiKey,
            ["Language:MaxRetries"] = options.MaxRetries.ToString(CultureInfo.InvariantCulture),
            ["Language:RetryDelay"] = options.RetryDelay.ToString("c", CultureInfo.InvariantCulture),
            ["Language:Timeout"] = options.Timeout.ToString("c", CultureInfo.InvariantCulture),
            ["Language:BreakerFailures"] = options.BreakerFailures.ToString(CultureInfo.InvariantCulture),
            ["Language:BreakerOpenFor"] = options.BreakerOpenFor.ToString("c", CultureInfo.InvariantCulture),
        };
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);
        if (credential is not null) services.AddSingleton(credential);
        services.AddClassification(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var thumbprint = service.Certificate?.Thumbprint;
        if (thumbprint is not null)
        {
            services.AddHttpClient<AzureLanguageClient>().ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
            });
        }
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider.GetRequiredService<AzureLanguageClassifier>();
    }

    /// <summary>Runs a classification while moving the test clock on, so short retry delays pass.</summary>
    private async Task<ClassificationResult> ClassifyDrivingTheClockAsync(AzureLanguageClassifier sut)
    {
        var classifying = sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None).AsTask();
        while (!classifying.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(10));
            await Task.WhenAny(classifying, Task.Delay(5));
        }
        return await classifying;
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
    public async Task Throttled_call_waits_for_retry_after_on_the_injected_clock_and_then_succeeds()
    {
        service.Then(429, LanguageFixtures.Throttled, retryAfter: "1");
        var sut = Create();

        var classifying = sut.ClassifyAsync(new ClassificationInput(Complaint), CancellationToken.None).AsTask();
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        Assert.False(classifying.IsCompleted, "the retry did not wait for Retry-After");
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Single(service.Requests);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var result = await classifying.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ClassificationResult.SourceAzureLanguage, result.Source);
        Assert.Equal(3, service.Requests.Count);
    }

    [Fact]
    public async Task Failing_service_falls_back_offline_and_the_open_breaker_stops_calling_it()
    {
        for (var i = 0; i < 4; i++) service.Then(500, LanguageFixtures.ServerError);
        var sut = Create(new LanguageOptions { ApiKey = "k", MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(5), BreakerFailures = 2 });

        var first = await ClassifyDrivingTheClockAsync(sut);
        var second = await ClassifyDrivingTheClockAsync(sut);
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
