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

    public string Table(string name) => NamePrefix + name;
    public string Queue(string name) => NamePrefix.Length == 0 ? name : $"{NamePrefix}-{name}";
}
