namespace SocialCare.Core.Ports;

public interface IEmailSender
{
    /// <summary>Returns when the server accepted the message; throws otherwise, so the invocation retries.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>An email with both parts; <see cref="Id"/> becomes the Message-ID so a resend is recognisable.</summary>
public sealed record EmailMessage(string Id, IReadOnlyList<string> To, string Subject, string Html, string Text);
