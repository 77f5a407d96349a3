using System.ComponentModel.DataAnnotations;

namespace SocialCare.Adapters.Language;

/// <summary>
/// Azure AI Language settings (section <c>Language</c>). <c>Language:Endpoint</c> turns the service on; with
/// <c>Language:ApiKey</c> requests carry the key, without it an Entra token from DefaultAzureCredential.
/// </summary>
public sealed class LanguageOptions
{
    public const string SectionName = "Language";

    [Required]
    [Url]
    public string Endpoint { get; set; } = "";

    public string? ApiKey { get; set; }

    /// <summary>Retries of a 429/5xx answer, each after the service's Retry-After when it sends one.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.1", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Consecutive failed calls after which the breaker opens and the offline classifier answers alone.</summary>
    [Range(1, 1000)]
    public int BreakerFailures { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakerOpenFor { get; set; } = TimeSpan.FromSeconds(30);
}
