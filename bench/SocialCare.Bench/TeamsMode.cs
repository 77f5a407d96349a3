namespace SocialCare.Bench;

/// <summary>How the drill's Teams listener answers.</summary>
internal enum TeamsMode
{
    Accept,
    Throttle,
    Fail,
}
