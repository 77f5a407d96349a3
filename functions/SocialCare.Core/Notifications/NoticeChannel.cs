namespace SocialCare.Core.Notifications;

public enum NoticeChannel
{
    Email,
    Teams,
}
