using SocialCare.Core.Replies;

namespace SocialCare.Core.Ports;

/// <summary>The brand's saved replies.</summary>
public interface ISavedReplies
{
    Task<SavedReply?> GetAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<SavedReply>> ListAsync(CancellationToken cancellationToken);

    Task PutAsync(SavedReply reply, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);
}
