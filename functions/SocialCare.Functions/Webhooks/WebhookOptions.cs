using System.ComponentModel.DataAnnotations;

namespace SocialCare.Functions.Webhooks;

public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Largest accepted body (Meta batches up to 1000 updates); larger → 413.</summary>
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;
}
