namespace SocialCare.Adapters.Links;

public enum LinkCheck
{
    Valid,
    Tampered,
    Expired,
}
