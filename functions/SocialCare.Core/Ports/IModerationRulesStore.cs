using SocialCare.Core.Classification.Moderation;

namespace SocialCare.Core.Ports;

/// <summary>Per-channel house rules; a channel without stored rules uses <see cref="ModerationRules.Default"/>.</summary>
public interface IModerationRulesStore
{
    Task<ModerationRules?> GetAsync(string channelId, CancellationToken cancellationToken);

    Task PutAsync(string channelId, ModerationRules rules, CancellationToken cancellationToken);

    /// <summary>False when the channel had no stored rules.</summary>
    Task<bool> DeleteAsync(string channelId, CancellationToken cancellationToken);
}
