using Azure.Core;

namespace SocialCare.Adapters.Language;

/// <summary>Azure.Core pipeline options (retry, transport) for the Language REST client.</summary>
public sealed class LanguageClientOptions : ClientOptions
{
    public const string ApiVersion = "2024-11-01";
}
