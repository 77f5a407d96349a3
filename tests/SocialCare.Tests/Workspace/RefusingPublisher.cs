using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Workspace;

/// <summary>A connected platform that refuses every reply, as Meta does outside the messaging window.</summary>
internal sealed class RefusingPublisher : IPlatformPublisher
{
    public const string Platform = "refusing";
    public const string Reason = "outside the 7-day messaging window";

    string IPlatformPublisher.Platform => Platform;

    public bool HasCredentials(string channelId) => true;

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PublishResult(false, null, Reason, 400, null));
}
