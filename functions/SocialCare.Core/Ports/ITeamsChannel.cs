using SocialCare.Core.Notifications;

namespace SocialCare.Core.Ports;

/// <summary>Posts a notice as an Adaptive Card to a Teams Workflows webhook.</summary>
public interface ITeamsChannel
{
    /// <summary>Returns when Teams accepted the card; throws otherwise (after retrying throttling), so the invocation fails.</summary>
    Task PostAsync(string webhookUrl, Notice notice, CancellationToken cancellationToken);
}
