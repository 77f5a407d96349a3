using SocialCare.Core.Ports;

namespace SocialCare.Bench;

/// <summary>Takes every message and keeps none: isolates the handler's own CPU cost from storage.</summary>
internal sealed class DiscardingQueueSender : IQueueSender
{
    public Task SendAsync(string queue, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
