namespace SocialCare.Core.Announcements;

/// <summary>
/// One due post and what this run did with it; <see cref="Error"/> is set when it failed. <see cref="At"/>: the opening
/// or closing time the post announces.
/// </summary>
public sealed record AnnouncementAttempt(string ChannelId, string Slot, AnnouncementOutcome Outcome, string? Error = null,
    Hours.AnnouncementKind? Kind = null, DateTimeOffset? At = null)
{
    /// <summary>"{channelId}:{slot}", the key the slot is claimed under.</summary>
    public string SlotKey => $"{ChannelId}:{Slot}";

    /// <summary>The post is out (now, or by a run that stopped before it marked the slot): the shift has changed.</summary>
    public bool IsOut => Outcome is AnnouncementOutcome.Published or AnnouncementOutcome.AlreadyPublished;
}
