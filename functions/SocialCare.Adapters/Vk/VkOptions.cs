namespace SocialCare.Adapters.Vk;

/// <summary>Settings section "Vk".</summary>
public sealed record VkOptions
{
    public const string Section = "Vk";

    /// <summary>Vk:ConfirmationCode, the string VK expects back from a "confirmation" request.</summary>
    public string? ConfirmationCode { get; init; }

    /// <summary>Vk:Secret, the Callback API secret key carried in every body's "secret" field.</summary>
    public string? Secret { get; init; }

    /// <summary>Vk:ApiBaseUrl.</summary>
    public string ApiBaseUrl { get; init; } = "https://api.vk.com/method/";

    /// <summary>Vk:ApiVersion, the "v" parameter of every method call.</summary>
    public string ApiVersion { get; init; } = "5.199";
}
