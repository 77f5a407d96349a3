using SocialCare.Core.Publishing;

namespace SocialCare.Core.Ports;

/// <summary>Every published, failed or recorded outbound action; listed newest first.</summary>
public interface IOutbox
{
    Task RecordAsync(OutboxEntry e, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxEntry>> ListAsync(string? channelId, int limit, CancellationToken cancellationToken);
}
