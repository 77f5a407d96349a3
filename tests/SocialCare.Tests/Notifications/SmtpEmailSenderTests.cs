using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Email;
using SocialCare.Core.Ports;
using SocialCare.LocalParts;

namespace SocialCare.Tests.Notifications;

public sealed class SmtpEmailSenderTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private SmtpEmailSender _sut = null!;

    public Task InitializeAsync()
    {
        _sut = new SmtpEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = _smtp.Port, From = "care@brand.example" }), _time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _sut.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Emails_sent_one_after_another_share_one_connection()
    {
        for (var i = 0; i < 3; i++) await _sut.SendAsync(Email(i), CancellationToken.None);

        await _smtp.WaitForAsync(3);
        Assert.Equal(3, _smtp.Messages.Count);
        Assert.Equal(1, _smtp.Connections);
    }

    [Fact]
    public async Task A_connection_left_idle_is_not_reused()
    {
        await _sut.SendAsync(Email(1), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));

        await _sut.SendAsync(Email(2), CancellationToken.None);

        await _smtp.WaitForAsync(2);
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.Equal(2, _smtp.Connections);
    }

    [Fact]
    public async Task A_refused_email_fails_the_send_and_the_next_one_gets_through()
    {
        await _sut.SendAsync(Email(1), CancellationToken.None);
        _smtp.Refusing = true;

        await Assert.ThrowsAnyAsync<Exception>(() => _sut.SendAsync(Email(2), CancellationToken.None));
        _smtp.Refusing = false;
        await _sut.SendAsync(Email(3), CancellationToken.None);

        var received = await _smtp.WaitForAsync(2);
        Assert.Equal(["Subject 1", "Subject 3"], received.Select(m => m.Subject));
    }

    private static EmailMessage Email(int n) => new($"email-{n}", ["agent@brand.example"], $"Subject {n}", $"<p>Body {n}</p>", $"Body {n}");
}
