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

    /// <summary>Tries per email within one delivery, with exponential backoff from <see cref="BaseDelayMilliseconds"/>.</summary>
    [Range(1, 10, ErrorMessage = "Email:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 3;

    [Range(1, 60_000, ErrorMessage = "Email:BaseDelayMilliseconds must be between 1 and 60000.")]
    public int BaseDelayMilliseconds { get; set; } = 200;

    /// <summary>How long one email may take with all its tries and waits: bounds a delivery inside the notification's lease.</summary>
    [Range(1, 600, ErrorMessage = "Email:TotalTimeoutSeconds must be between 1 and 600.")]
    public int TotalTimeoutSeconds { get; set; } = 60;
}
