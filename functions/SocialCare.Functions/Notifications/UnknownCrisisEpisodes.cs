using SocialCare.Core.Crisis;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Notifications;

/// <summary>Fallback while crisis detection is not registered: no episode is known, so a crisis notice fails and dead-letters (replayable later).</summary>
public sealed class UnknownCrisisEpisodes : ICrisisEpisodes
{
    public Task<CrisisEpisode?> GetAsync(string episodeId, CancellationToken cancellationToken) => Task.FromResult<CrisisEpisode?>(null);
}
