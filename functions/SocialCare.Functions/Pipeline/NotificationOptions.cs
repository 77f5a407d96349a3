using System.ComponentModel.DataAnnotations;

namespace SocialCare.Functions.Pipeline;

public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    [Required(ErrorMessage = "Notifications:DefaultEmail is required."), EmailAddress(ErrorMessage = "Notifications:DefaultEmail must be an email address.")]
    public string DefaultEmail { get; set; } = "";

    /// <summary>
    /// Lease of a claim on a notification send or an agent's publish. Validated at start to exceed host.json
    /// functionTimeout: the host has killed the holder before anyone may take its claim over.
    /// </summary>
    [Range(1, 86_400, ErrorMessage = "Notifications:ClaimLeaseSeconds must be between 1 and 86400.")]
    public int ClaimLeaseSeconds { get; set; } = (int)Core.Claims.ClaimLease.Default.Length.TotalSeconds;
}
