using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SocialCare.Adapters.Resilience;

namespace SocialCare.Adapters.Teams;

/// <summary>
/// The Teams client's resilience handler, from the <c>Teams</c> settings. Throttling comes two ways: HTTP 429 with
/// Retry-After, and (connectors, some proxies) a 200 whose text says "Webhook message delivery failed … HTTP error
/// 429"; both are retried, as are 408 and 5xx, up to <c>MaxAttempts</c> tries, waiting Retry-After or an exponential
/// backoff from <c>BaseDelayMilliseconds</c>, never more than <c>MaxDelaySeconds</c>. Each try is bounded by
/// <c>AttemptTimeoutSeconds</c> and all of them together by <c>TotalTimeoutSeconds</c>.
/// </summary>
internal static class TeamsResilience
{
    public const string Name = "teams";
    private const string DeliveryFailed = "Webhook message delivery failed";

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    public static bool ReportsFailedDelivery(string text) => text.Contains(DeliveryFailed, StringComparison.OrdinalIgnoreCase);

    public static bool ReportsThrottling(string text) => text.Contains("429", StringComparison.Ordinal);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var maxDelay = TimeSpan.FromSeconds(options.MaxDelaySeconds);
        builder.TimeProvider = time;
        builder.AddTimeout(TimeSpan.FromSeconds(options.TotalTimeoutSeconds));
        // Polly takes at least one retry; Teams:MaxAttempts = 1 means none.
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = TimeSpan.FromMilliseconds(options.BaseDelayMilliseconds),
                MaxDelay = maxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context.CancellationToken),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && RetryAfter.Of(response, time) is { } wait ? Min(wait, maxDelay) : (TimeSpan?)null),
            });
        }
        builder.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
    }

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null) return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        var response = outcome.Result!;
        if (!response.IsSuccessStatusCode) return IsTransient(response.StatusCode);
        // The text is buffered, so the channel reads it again after the last try.
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return ReportsFailedDelivery(text) && ReportsThrottling(text);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
