using SocialCare.Core.Ports;

namespace SocialCare.Core.Publishing;

/// <summary>
/// Picks the publisher for a channel id ("platform:account"): the platform's real publisher when the channel has
/// credentials (wrapped so every call is audited in the outbox), else the recording publisher.
/// </summary>
public sealed class ChannelPublishers(IEnumerable<IPlatformPublisher> publishers, IOutbox outbox, TimeProvider time)
{
    private readonly Dictionary<string, IPlatformPublisher> byPlatform =
        publishers.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);

    private readonly RecordingPublisher recording = new(outbox, time);

    public IPlatformPublisher For(string channelId)
    {
        var platform = PlatformOf(channelId);
        return byPlatform.TryGetValue(platform, out var publisher) && publisher.HasCredentials(channelId)
            ? new AuditedPublisher(publisher, outbox, time)
            : recording;
    }

    public Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken) =>
        For(request.ChannelId).PublishAsync(request, cancellationToken);

    public static string PlatformOf(string channelId)
    {
        var colon = channelId.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? channelId : channelId[..colon];
    }

    /// <summary>The account part of a channel id: "facebook:123" → "123".</summary>
    public static string AccountOf(string channelId)
    {
        var colon = channelId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? channelId : channelId[(colon + 1)..];
    }

    /// <summary>The id after the last ':' of a conversation key ("dm:42" → "42"), or the value itself.</summary>
    public static string? TailOf(string? key)
    {
        if (string.IsNullOrEmpty(key)) return null;
        var colon = key.LastIndexOf(':');
        return colon < 0 ? key : key[(colon + 1)..];
    }
}
