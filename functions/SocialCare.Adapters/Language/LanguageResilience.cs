using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace SocialCare.Adapters.Language;

/// <summary>
/// The Language client's resilience handler, from the <c>Language</c> settings: a total timeout, then the circuit
/// breaker (one outcome per call, after its retries: <c>BreakerFailures</c> failed calls in a row open it for
/// <c>BreakerOpenFor</c>, and the classifier answers offline meanwhile), then <c>MaxRetries</c> exponential retries
/// from <c>RetryDelay</c> of 408/429/5xx that wait at least the service's Retry-After, each try bounded by
/// <c>Timeout</c>. Time comes from DI's TimeProvider.
/// </summary>
internal static class LanguageResilience
{
    public const string Name = "language";
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BreakerWindow = TimeSpan.FromMinutes(1);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<LanguageOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILogger<AzureLanguageClassifier>>();
        builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
        builder
            .AddTimeout(options.Timeout * (options.MaxRetries + 1) + MaxRetryDelay)
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                // Every call in the window failed, and at least BreakerFailures of them (Polly needs two at least).
                FailureRatio = 1.0,
                MinimumThroughput = Math.Max(2, options.BreakerFailures),
                SamplingDuration = BreakerWindow,
                BreakDuration = options.BreakerOpenFor,
                OnOpened = args =>
                {
                    LanguageLog.BreakerOpened(logger, args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
            });
        // Polly takes at least one retry; Language:MaxRetries = 0 means none.
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                MaxDelay = MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldRetryAfterHeader = true,
            });
        }
        builder.AddTimeout(options.Timeout);
    }
}
