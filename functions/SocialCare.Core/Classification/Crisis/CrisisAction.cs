namespace SocialCare.Core.Classification.Crisis;

/// <summary>What the crisis team hears about: a new episode, a grown one, a closed one, or nothing.</summary>
public enum CrisisAction
{
    None,
    Open,
    Update,
    Close,
}
