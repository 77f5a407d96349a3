using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Claims;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Notifications;

/// <summary>
/// Issue 13, point 7: a sender slower than its lease (its claim was taken over by a second delivery) must not delete
/// or overwrite the new holder's claim, or a third delivery sends the notification once more. Real Table Storage
/// (Azurite), fake clock.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class NotificationLeaseTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private TableNotificationLog _log = null!;
    private NotificationClaims _sut = null!;
    private int _sends;

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.SharedAsync();
        var prefix = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        _log = new TableNotificationLog(new TableClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = prefix })));
        _sut = new NotificationClaims(_log, ClaimLease.Default, _time);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_slow_sender_that_fails_after_its_lease_was_taken_over_leaves_the_new_holders_claim()
    {
        var slow = new TaskCompletionSource();
        var first = _sut.SendOnceAsync("n1", "mail:ola", async _ => { Interlocked.Increment(ref _sends); await slow.Task; }, CancellationToken.None);
        await WaitForSendsAsync(1);
        _time.Advance(ClaimLease.Default.Length + TimeSpan.FromSeconds(1));
        var second = new TaskCompletionSource();
        var taking = _sut.SendOnceAsync("n1", "mail:ola", async _ => { Interlocked.Increment(ref _sends); await second.Task; }, CancellationToken.None);
        await WaitForSendsAsync(2);

        slow.SetException(new IOException("SMTP gave up"));
        await Assert.ThrowsAsync<IOException>(() => first);
        var third = await Assert.ThrowsAsync<NotificationInFlightException>(() => _sut.SendOnceAsync("n1", "mail:ola", Send, CancellationToken.None));
        second.SetResult();

        Assert.True(await taking);
        Assert.False(await _sut.SendOnceAsync("n1", "mail:ola", Send, CancellationToken.None));
        Assert.Equal(2, _sends);
        Assert.Contains("being sent", third.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_sender_that_finishes_after_its_lease_was_taken_over_cannot_mark_the_new_holders_claim()
    {
        var stale = await _log.TryClaimAsync("n2", "teams:hook", _time.GetUtcNow(), ClaimLease.Default.Length, CancellationToken.None);
        _time.Advance(ClaimLease.Default.Length + TimeSpan.FromSeconds(1));
        var current = await _log.TryClaimAsync("n2", "teams:hook", _time.GetUtcNow(), ClaimLease.Default.Length, CancellationToken.None);

        var marked = await _log.MarkSentAsync(stale, _time.GetUtcNow(), CancellationToken.None);
        var released = await _log.ReleaseAsync(stale, CancellationToken.None);
        var meanwhile = await _log.TryClaimAsync("n2", "teams:hook", _time.GetUtcNow(), ClaimLease.Default.Length, CancellationToken.None);

        Assert.Equal(ClaimResult.Claimed, stale.Result);
        Assert.Equal(ClaimResult.Claimed, current.Result);
        Assert.False(marked);
        Assert.False(released);
        Assert.Equal(ClaimResult.HeldByAnother, meanwhile.Result);
        Assert.True(await _log.MarkSentAsync(current, _time.GetUtcNow(), CancellationToken.None));
        Assert.Equal(ClaimResult.AlreadySent, (await _log.TryClaimAsync("n2", "teams:hook", _time.GetUtcNow(), ClaimLease.Default.Length, CancellationToken.None)).Result);
    }

    [Fact]
    public void The_default_lease_outlives_the_function_timeout_in_host_json()
    {
        var timeout = Functions.Hosting.FunctionTimeout.Read(RepoPaths.Root);

        Assert.Equal(TimeSpan.FromMinutes(5), timeout.Length);
        Assert.True(ClaimLease.Default.Length > timeout.Length);
    }

    [Fact]
    public async Task An_app_configured_with_a_lease_shorter_than_the_function_timeout_refuses_to_start()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(new Dictionary<string, string?> { ["Notifications:ClaimLeaseSeconds"] = "120", ["Queues:RunTriggers"] = "false" }));

        Assert.Contains("Notifications:ClaimLeaseSeconds", failure.Message, StringComparison.Ordinal);
    }

    private Task Send(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sends);
        return Task.CompletedTask;
    }

    private async Task WaitForSendsAsync(int count)
    {
        for (var i = 0; i < 200 && Volatile.Read(ref _sends) < count; i++) await Task.Delay(25);
        Assert.Equal(count, Volatile.Read(ref _sends));
    }
}
