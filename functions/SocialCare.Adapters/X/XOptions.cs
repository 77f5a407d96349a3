namespace SocialCare.Adapters.X;

/// <summary>Settings section "X": the app's consumer secret (CRC and signatures) and the API base address.</summary>
public sealed record XOptions
{
    public const string Section = "X";

    /// <summary>X:ConsumerSecret, key of the CRC response and of x-twitter-webhooks-signature.</summary>
    public string? ConsumerSecret { get; init; }

    /// <summary>X:ApiBaseUrl.</summary>
    public string ApiBaseUrl { get; init; } = "https://api.x.com/";
}
