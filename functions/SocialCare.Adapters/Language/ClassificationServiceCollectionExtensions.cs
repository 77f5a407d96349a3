using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Core.Classification;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Language;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITextClassifier"/>: Azure AI Language backed by the offline classifier when
    /// <c>Language:Endpoint</c> is set, else the offline classifier alone. Options are validated on start.
    /// </summary>
    public static IServiceCollection AddClassification(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OfflineClassifierOptions>()
            .Bind(configuration.GetSection(OfflineClassifierOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<Intent.ActiveIntentModel>();
        services.TryAddSingleton<Intent.TableIntentModelStore>();
        services.TryAddSingleton(Intent.IntentCorpusFolder.Shipped);
        services.TryAddTransient<Intent.IntentRetrainer>();
        services.AddHostedService<Intent.IntentModelRefresher>();
        services.TryAddSingleton<Learning.ShippedSentimentModel>();
        services.TryAddSingleton<Learning.ShippedLanguageModel>();
        services.TryAddSingleton(sp => new OfflineClassifier(sp.GetRequiredService<IOptions<OfflineClassifierOptions>>().Value,
            sp.GetRequiredService<Intent.ActiveIntentModel>(), sp.GetRequiredService<Learning.ShippedSentimentModel>(), sp.GetRequiredService<Learning.ShippedLanguageModel>()));

        if (string.IsNullOrWhiteSpace(configuration[$"{LanguageOptions.SectionName}:{nameof(LanguageOptions.Endpoint)}"]))
        {
            services.TryAddSingleton<ITextClassifier>(sp => sp.GetRequiredService<OfflineClassifier>());
            return services;
        }

        services.AddOptions<LanguageOptions>()
            .Bind(configuration.GetSection(LanguageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.TryAddSingleton<LanguageAccessToken>();
        services.AddTransient<LanguageAuthenticationHandler>();
        var language = services.AddHttpClient<AzureLanguageClient>((sp, http) =>
        {
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<LanguageOptions>>().Value.Endpoint.TrimEnd('/') + "/");
            // The resilience handler's timeouts rule; HttpClient's own 100 s would cut them short.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        language.AddResilienceHandler(LanguageResilience.Name, LanguageResilience.Configure);
        // Inside the resilience handler, so every try is authenticated afresh.
        language.AddHttpMessageHandler<LanguageAuthenticationHandler>();
        services.TryAddSingleton<AzureLanguageClassifier>();
        services.TryAddSingleton<ITextClassifier>(sp => sp.GetRequiredService<AzureLanguageClassifier>());
        services.AddLogging();
        return services;
    }
}
