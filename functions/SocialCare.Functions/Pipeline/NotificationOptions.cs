using System.ComponentModel.DataAnnotations;

namespace SocialCare.Functions.Pipeline;

public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    [Required(ErrorMessage = "Notifications:DefaultEmail is required."), EmailAddress(ErrorMessage = "Notifications:DefaultEmail must be an email address.")]
    public string DefaultEmail { get; set; } = "";
}
