using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Email;

/// <summary>
/// SMTP through MailKit: HTML and plain-text parts; failures propagate so the queue retries. Connections are kept
/// for reuse (a connect, greeting and goodbye per email cost more than the email), but only while recently used:
/// servers drop idle sessions, and a dropped one is found before sending, not by a failed notification.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider time) : IEmailSender, IDisposable
{
    private const int MaxIdleConnections = 4;
    private static readonly TimeSpan IdleFor = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<(SmtpClient Client, DateTimeOffset Since)> _idle = new();

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id}@socialcare" };
        mime.From.Add(MailboxAddress.Parse(o.From));
        foreach (var to in message.To) mime.To.Add(MailboxAddress.Parse(to));
        mime.Body = new BodyBuilder { HtmlBody = message.Html, TextBody = message.Text }.ToMessageBody();

        var client = TakeIdle() ?? await ConnectAsync(o, cancellationToken);
        try
        {
            await client.SendAsync(mime, cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        if (_idle.Count < MaxIdleConnections) _idle.Enqueue((client, time.GetUtcNow()));
        else await CloseAsync(client);
    }

    private SmtpClient? TakeIdle()
    {
        while (_idle.TryDequeue(out var idle))
        {
            if (idle.Client.IsConnected && time.GetUtcNow() - idle.Since < IdleFor) return idle.Client;
            idle.Client.Dispose();
        }
        return null;
    }

    private static async Task<SmtpClient> ConnectAsync(EmailOptions o, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = 15_000 };
        try
        {
            var security = o.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(o.SmtpHost, o.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(o.User)) await client.AuthenticateAsync(o.User, o.Password ?? "", cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task CloseAsync(SmtpClient client)
    {
        using (client)
        {
            try
            {
                await client.DisconnectAsync(true, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or SmtpCommandException or SmtpProtocolException)
            {
                // The email was sent; a goodbye the server did not answer changes nothing.
            }
        }
    }

    public void Dispose()
    {
        while (_idle.TryDequeue(out var idle)) idle.Client.Dispose();
    }
}
