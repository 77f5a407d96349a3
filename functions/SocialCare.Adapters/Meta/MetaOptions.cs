namespace SocialCare.Adapters.Meta;

/// <summary>Settings section "Meta": webhook verification and the Graph API base address.</summary>
public sealed record MetaOptions
{
    public const string Section = "Meta";

    /// <summary>Meta:VerifyToken, echoed by Meta in the subscription handshake.</summary>
    public string? VerifyToken { get; init; }

    /// <summary>Meta:AppSecret, the key of X-Hub-Signature-256. Without it every POST is refused.</summary>
    public string? AppSecret { get; init; }

    /// <summary>Meta:GraphBaseUrl, versioned Graph API root.</summary>
    public string GraphBaseUrl { get; init; } = "https://graph.facebook.com/v21.0/";
}
