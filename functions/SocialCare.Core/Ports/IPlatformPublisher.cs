using SocialCare.Core.Publishing;

namespace SocialCare.Core.Ports;

/// <summary>Publishes to one platform's API. Failures are returned with the platform's error, never thrown away.</summary>
public interface IPlatformPublisher
{
    /// <summary>The channel-id prefix it serves: facebook, instagram, whatsapp, x, telegram, vk.</summary>
    string Platform { get; }

    /// <summary>True when credentials for this channel are configured; otherwise the recording publisher stands in.</summary>
    bool HasCredentials(string channelId);

    Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken);
}
