using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.DependencyInjection;
using Polly.Retry;

namespace SocialCare.Adapters.Email;

/// <summary>
/// The email pipeline, from the <c>Email</c> settings: <c>MaxAttempts</c> tries with exponential backoff from
/// <c>BaseDelayMilliseconds</c>, all of them within <c>TotalTimeoutSeconds</c>; time from DI's TimeProvider.
/// Any failure but a cancellation is worth another try (a dropped connection, a busy server).
/// </summary>
internal static class EmailResilience
{
    public const string Name = "email";

    public static void Configure(ResiliencePipelineBuilder builder, AddResiliencePipelineContext<string> context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<EmailOptions>>().Value;
        builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
        builder.AddTimeout(TimeSpan.FromSeconds(options.TotalTimeoutSeconds));
        // Polly takes at least one retry; Email:MaxAttempts = 1 means none.
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = TimeSpan.FromMilliseconds(options.BaseDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            });
        }
    }
}
