using System.ComponentModel.DataAnnotations;

namespace SocialCare.Adapters.Links;

public sealed class LinksOptions
{
    public const string SectionName = "Links";

    /// <summary>HMAC key for claim/resolve links (Key Vault secret Links-SigningKey).</summary>
    [Required]
    public string SigningKey { get; set; } = "";

    /// <summary>The public base URL links point at, e.g. https://app.azurewebsites.net.</summary>
    [Required]
    public string BaseUrl { get; set; } = "";

    /// <summary>How long a link works; 7 days by default.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
