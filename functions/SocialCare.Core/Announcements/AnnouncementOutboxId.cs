using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Core.Announcements;

/// <summary>The outbox entry id of an announcement, the same for every attempt at a slot, so a retry can look up
/// exactly whether an earlier attempt reached the outbox.</summary>
public static class AnnouncementOutboxId
{
    /// <param name="slotKey">"{channelId}:2027-12-24:opening" (<see cref="Hours.PlannedAnnouncement.SlotKey"/>).</param>
    public static string For(string slotKey) =>
        "announce-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slotKey)))[..32];
}
