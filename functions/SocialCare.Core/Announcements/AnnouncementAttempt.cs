namespace SocialCare.Core.Announcements;

/// <summary>One due post and what this run did with it; <see cref="Error"/> is set when it failed.</summary>
public sealed record AnnouncementAttempt(string ChannelId, string Slot, AnnouncementOutcome Outcome, string? Error = null)
{
    /// <summary>"{channelId}:{slot}", the key the slot is claimed under.</summary>
    public string SlotKey => $"{ChannelId}:{Slot}";
}
