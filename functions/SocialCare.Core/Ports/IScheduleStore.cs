using SocialCare.Core.Hours;

namespace SocialCare.Core.Ports;

/// <summary>Each channel's opening hours; a channel without one uses <see cref="ChannelSchedule.Default"/>.</summary>
public interface IScheduleStore
{
    Task<ChannelSchedule?> GetAsync(string channelId, CancellationToken cancellationToken);
    Task PutAsync(string channelId, ChannelSchedule schedule, CancellationToken cancellationToken);
    Task<bool> DeleteAsync(string channelId, CancellationToken cancellationToken);
    Task<IReadOnlyList<(string ChannelId, ChannelSchedule Schedule)>> ListAsync(CancellationToken cancellationToken);
}
