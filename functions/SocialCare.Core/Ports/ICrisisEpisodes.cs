using SocialCare.Core.Crisis;

namespace SocialCare.Core.Ports;

public interface ICrisisEpisodes
{
    Task<CrisisEpisode?> GetAsync(string episodeId, CancellationToken cancellationToken);
}
