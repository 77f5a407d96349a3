using System.Collections.Concurrent;
using SocialCare.Core.Crisis;
using SocialCare.Core.Ports;

namespace SocialCare.Tests.Notifications.Fakes;

public sealed class InMemoryCrisisEpisodes : ICrisisEpisodes
{
    public ConcurrentDictionary<string, CrisisEpisode> Episodes { get; } = new();

    public Task<CrisisEpisode?> GetAsync(string episodeId, CancellationToken cancellationToken) => Task.FromResult(Episodes.GetValueOrDefault(episodeId));
}
