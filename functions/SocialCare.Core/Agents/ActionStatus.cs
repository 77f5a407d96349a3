namespace SocialCare.Core.Agents;

public enum ActionStatus
{
    Done,
    NotFound,
    Invalid,
    Deflection,
    PlatformFailed,
}
