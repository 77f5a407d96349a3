namespace SocialCare.Core.Classification;

/// <summary>Signal names as they appear in classifications, routing rules and notifications.</summary>
public static class Signals
{
    public const string RepeatContact = "repeat_contact";
    public const string Safety = "safety";
    public const string LegalThreat = "legal_threat";
    public const string ChurnThreat = "churn_threat";
    public const string Influencer = "influencer";
}
