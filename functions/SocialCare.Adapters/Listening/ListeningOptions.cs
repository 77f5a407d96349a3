namespace SocialCare.Adapters.Listening;

public sealed class ListeningOptions
{
    public const string SectionName = "Listening";

    /// <summary>HMAC key for X-SocialCare-Signature. Unset: every POST is refused.</summary>
    public string? Secret { get; set; }
}
