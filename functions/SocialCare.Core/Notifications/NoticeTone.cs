namespace SocialCare.Core.Notifications;

/// <summary>How loudly a notice is shown (Teams: the title colour).</summary>
public enum NoticeTone
{
    Default,
    Warning,
    Alert,
    Good,
}
