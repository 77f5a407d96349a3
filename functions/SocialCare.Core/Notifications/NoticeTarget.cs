using SocialCare.Core.Events;

namespace SocialCare.Core.Notifications;

/// <summary>Where a notice goes: a mailbox or a Teams Workflows webhook.</summary>
public sealed record NoticeTarget(NoticeChannel Channel, string Address)
{
    /// <summary>The claim key: the address for email; a digest for Teams, whose webhook URL is itself a secret.</summary>
    public string Key => Channel == NoticeChannel.Email
        ? "email:" + Address.ToLowerInvariant()
        : "teams:" + EventIds.Digest(Address, 16);

    public static NoticeTarget Email(string address) => new(NoticeChannel.Email, address);

    public static NoticeTarget Teams(string webhookUrl) => new(NoticeChannel.Teams, webhookUrl);
}
