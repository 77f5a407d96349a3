namespace SocialCare.Functions.Hosting;

public sealed class FunctionKeyOptions
{
    public const string SectionName = "Api";

    /// <summary>The key agents and tools send as x-functions-key or ?code=, as authLevel "function" expects in Azure.</summary>
    public string? FunctionKey { get; set; }
}
