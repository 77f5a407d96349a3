namespace SocialCare.Core.Announcements;

/// <summary>What one run did with one due post.</summary>
public enum AnnouncementOutcome
{
    /// <summary>Published (or recorded) by this run.</summary>
    Published,
    /// <summary>A crashed claim was taken over and the outbox showed the post had gone out: marked done, not posted again.</summary>
    AlreadyPublished,
    /// <summary>Another instance holds the slot, or it is done.</summary>
    Skipped,
    /// <summary>The publisher failed; the slot was released for the next run and the team told.</summary>
    Failed,
}
