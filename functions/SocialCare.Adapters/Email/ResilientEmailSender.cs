using Polly;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Email;

/// <summary>Sends through <see cref="EmailResilience"/>'s pipeline; the last failure propagates so the queue retries.</summary>
public sealed class ResilientEmailSender(IEmailSender inner, ResiliencePipeline pipeline) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(static (state, ct) => new ValueTask(state.inner.SendAsync(state.message, ct)), (inner, message), cancellationToken).AsTask();
}
