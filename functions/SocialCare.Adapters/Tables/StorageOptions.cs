using System.ComponentModel.DataAnnotations;

namespace SocialCare.Adapters.Tables;

/// <summary>
/// Where tables (and, locally, queues) live. Locally a connection string to Azurite; in Azure the endpoints with the
/// managed identity. <see cref="NamePrefix"/> lets several apps (tests, a running ./run) share one Azurite.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }
    public string? TableEndpoint { get; set; }
    public string? QueueEndpoint { get; set; }

    [RegularExpression("^[a-z][a-z0-9]{0,15}$", ErrorMessage = "Storage:NamePrefix must be lowercase letters and digits, starting with a letter, at most 16.")]
    public string NamePrefix { get; set; } = "";

    /// <summary>The storage SDK's own retries per call (its default, 3); a webhook answers 503 once they are spent.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay, doubled on each retry (the SDK's default, 0.8 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>Applies <see cref="MaxRetries"/> and <see cref="RetryDelay"/> to a table or queue client's options.</summary>
    public T WithRetries<T>(T options) where T : Azure.Core.ClientOptions
    {
        options.Retry.Mode = Azure.Core.RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        return options;
    }

    public string Table(string name) => NamePrefix + name;
    public string Queue(string name) => NamePrefix.Length == 0 ? name : $"{NamePrefix}-{name}";
}
