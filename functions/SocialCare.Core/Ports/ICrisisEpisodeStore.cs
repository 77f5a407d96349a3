using SocialCare.Core.Classification.Crisis;

namespace SocialCare.Core.Ports;

/// <summary>
/// The open episode per scope, written with optimistic concurrency so only one instance opens, grows or closes it;
/// and every episode by id for notifications (<see cref="ICrisisEpisodes"/>).
/// </summary>
public interface ICrisisEpisodeStore : ICrisisEpisodes
{
    Task<Versioned<CrisisState>?> GetOpenAsync(string scope, CancellationToken cancellationToken);

    /// <summary>Inserts when <paramref name="expectedVersion"/> is null; false when another instance got there first.</summary>
    Task<bool> TrySaveOpenAsync(CrisisState state, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Removes the open episode of the scope if it is still at that version.</summary>
    Task<bool> TryCloseAsync(string scope, string expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListOpenScopesAsync(CancellationToken cancellationToken);

    Task SaveEpisodeAsync(Crisis.CrisisEpisode episode, CancellationToken cancellationToken);
}
