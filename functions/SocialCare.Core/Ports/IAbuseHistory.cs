using SocialCare.Core.Classification.Moderation;

namespace SocialCare.Core.Ports;

/// <summary>An author's abusive comments per channel, one entry per event id so a redelivery does not count twice.</summary>
public interface IAbuseHistory
{
    Task RecordAsync(string channelId, AbusiveComment comment, CancellationToken cancellationToken);

    Task<IReadOnlyList<AbusiveComment>> ListAsync(string channelId, string authorId, DateTimeOffset since, CancellationToken cancellationToken);
}
