using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;
using SocialCare.Adapters.Email;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Notifications;

/// <summary>The email pipeline as AddEmail composes it, around a sender we script, on the test clock.</summary>
public sealed class ResilientEmailSenderTests : IAsyncDisposable
{
    private static readonly EmailMessage Email = new("n-1", ["agent@brand.example"], "[P1] complaint", "<p>text</p>", "text");
    private readonly TimerClock _clock = new();
    private readonly ScriptedSender _smtp = new();
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200), SecondBackoff = TimeSpan.FromMilliseconds(400);
    private readonly ServiceProvider _provider;

    public ResilientEmailSenderTests()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:From"] = "care@brand.example",
            ["Email:MaxAttempts"] = "3",
            ["Email:BaseDelayMilliseconds"] = "200",
            ["Email:TotalTimeoutSeconds"] = "60",
        };
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddEmail();
        services.AddSingleton<IEmailSender>(sp => new ResilientEmailSender(_smtp,
            sp.GetRequiredService<Polly.Registry.ResiliencePipelineProvider<string>>().GetPipeline(EmailResilience.Name)));
        _provider = services.BuildServiceProvider();
    }

    private IEmailSender Sut => _provider.GetRequiredService<IEmailSender>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    [Fact]
    public async Task Two_failures_are_retried_after_backoff_on_the_injected_clock_and_the_email_goes_out()
    {
        _smtp.FailFirst = 2;

        var sending = Sut.SendAsync(Email, CancellationToken.None);
        await _clock.WaitForTimerAsync(FirstBackoff);
        Assert.Equal(1, _smtp.Attempts);
        Assert.False(sending.IsCompleted);
        _clock.Advance(FirstBackoff);
        await _clock.WaitForTimerAsync(SecondBackoff);
        Assert.Equal(2, _smtp.Attempts);
        _clock.Advance(SecondBackoff);
        await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, _smtp.Attempts);
        Assert.Equal(1, _smtp.Sent);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_fails_the_send_after_the_last_attempt()
    {
        _smtp.FailFirst = int.MaxValue;

        var sending = Sut.SendAsync(Email, CancellationToken.None);
        await _clock.WaitForTimerAsync(FirstBackoff);
        _clock.Advance(FirstBackoff);
        await _clock.WaitForTimerAsync(SecondBackoff);
        _clock.Advance(SecondBackoff);

        await Assert.ThrowsAsync<IOException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, _smtp.Attempts);
    }

    [Fact]
    public async Task A_server_that_hangs_is_given_up_on_at_the_total_timeout()
    {
        _smtp.Hang = true;

        var sending = Sut.SendAsync(Email, CancellationToken.None);
        await _smtp.WaitForAttemptsAsync(1);
        // The total timeout is a timer of 60 s on the injected clock, set before the attempt began.
        await _clock.WaitForTimerAsync(TimeSpan.FromSeconds(60));
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(sending.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, _smtp.Sent);
    }

    private sealed class ScriptedSender : IEmailSender
    {
        private int _attempts;
        private int _sent;

        public int FailFirst { get; set; }
        public bool Hang { get; set; }
        public int Attempts => Volatile.Read(ref _attempts);
        public int Sent => Volatile.Read(ref _sent);

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            var attempt = Interlocked.Increment(ref _attempts);
            if (Hang) await Task.Delay(Timeout.Infinite, cancellationToken);
            if (attempt <= FailFirst) throw new IOException("connection reset");
            Interlocked.Increment(ref _sent);
        }

        public async Task WaitForAttemptsAsync(int count)
        {
            for (var i = 0; i < 500 && Attempts < count; i++) await Task.Delay(10);
            Assert.True(Attempts >= count, $"{Attempts} attempts, expected {count}");
        }
    }
}
