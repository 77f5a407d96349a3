using System.ComponentModel.DataAnnotations;

namespace SocialCare.Adapters.Email;

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    [Required(ErrorMessage = "Email:SmtpHost is required.")]
    public string SmtpHost { get; set; } = "";

    [Range(1, 65535, ErrorMessage = "Email:SmtpPort must be a port number.")]
    public int SmtpPort { get; set; } = 25;

    public bool UseTls { get; set; }
    public string? User { get; set; }
    public string? Password { get; set; }

    [Required(ErrorMessage = "Email:From is required."), EmailAddress(ErrorMessage = "Email:From must be an email address.")]
    public string From { get; set; } = "";
}
