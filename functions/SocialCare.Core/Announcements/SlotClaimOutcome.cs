namespace SocialCare.Core.Announcements;

/// <summary>What a claim on an announcement slot got.</summary>
public enum SlotClaimOutcome
{
    /// <summary>This caller holds the slot and publishes.</summary>
    Claimed,
    /// <summary>Another caller holds a live claim: skip this run.</summary>
    Busy,
    /// <summary>Already published.</summary>
    Done,
}
