namespace SocialCare.Adapters.Language;

/// <summary>Azure AI Language answered, after its retries, with an error or without the document's result.</summary>
public sealed class LanguageServiceException(string message, int status) : Exception(message)
{
    public int Status { get; } = status;
}
