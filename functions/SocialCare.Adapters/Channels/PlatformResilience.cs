using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace SocialCare.Adapters.Channels;

/// <summary>
/// Each platform client's resilience handler: a 429 is retried once, after the platform's own wait, when that wait
/// is within <c>Channels:MaxInlineRetrySeconds</c>; a longer wait is not spent inside the call but handed back to
/// the caller (the outbox or the agent). Other failures are the platform's answer and are not retried here.
/// </summary>
internal static class PlatformResilience
{
    public const string Name = "platform";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var maxInlineWait = context.ServiceProvider.GetRequiredService<IOptions<ChannelsOptions>>().Value.MaxInlineRetryWait;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        builder.TimeProvider = time;
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 1,
            ShouldHandle = async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                && await PlatformWait.OfAsync(response, time, args.Context.CancellationToken) <= maxInlineWait,
            DelayGenerator = async args => args.Outcome.Result is { } response
                ? await PlatformWait.OfAsync(response, time, args.Context.CancellationToken)
                : null,
        });
    }
}
