using System.ComponentModel.DataAnnotations;
using SocialCare.Core.Announcements;

namespace SocialCare.Functions.Announcements;

/// <summary>Section "Announcements": how late a post may still go out and how long a claim is trusted.</summary>
public sealed class AnnouncementOptions
{
    public const string SectionName = "Announcements";

    /// <summary>Announcements:LatenessMinutes — a post missed by more than this is not published any more.</summary>
    [Range(0, 720)]
    public int LatenessMinutes { get; set; } = 30;

    /// <summary>Announcements:LeaseMinutes — a claim not marked done after this long is taken for a crash and retried.</summary>
    [Range(1, 60)]
    public int LeaseMinutes { get; set; } = 5;

    public AnnouncementSettings ToSettings() => new(TimeSpan.FromMinutes(LatenessMinutes), TimeSpan.FromMinutes(LeaseMinutes));
}
