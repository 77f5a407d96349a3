using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SocialCare.Adapters.Language;

/// <summary>
/// Builds the Azure.Core pipeline: key header <c>Ocp-Apim-Subscription-Key</c> or an Entra bearer token for the
/// Cognitive Services scope; exponential retries of 408/429/5xx that wait at least the service's Retry-After.
/// </summary>
public static class LanguagePipeline
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    public static HttpPipeline Create(LanguageOptions options, TokenCredential? tokenCredential, HttpPipelineTransport? transport = null)
    {
        var clientOptions = new LanguageClientOptions();
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.NetworkTimeout = options.Timeout;
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        if (transport is not null) clientOptions.Transport = transport;
        HttpPipelinePolicy authentication = string.IsNullOrEmpty(options.ApiKey)
            ? new BearerTokenAuthenticationPolicy(tokenCredential ?? throw new InvalidOperationException(
                "Language:ApiKey is not set, so a token credential is required"), TokenScope)
            : new SubscriptionKeyPolicy(new AzureKeyCredential(options.ApiKey));
        return HttpPipelineBuilder.Build(clientOptions, perCallPolicies: [], perRetryPolicies: [authentication], new ResponseClassifier());
    }
}
