using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Adapters.Queues;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Ports;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Queues;

/// <summary>
/// The local stand-in for Service Bus's scheduled enqueue time: a message with NotBefore is sent invisible until
/// then (real Azurite), and does not wake the local pump, which would only find nothing.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class StorageQueueSenderDelayTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly QueueArrivals _arrivals = new();
    private StorageQueues _queues = null!;
    private StorageQueueSender _sut = null!;

    public async Task InitializeAsync()
    {
        var azurite = await Azurite.SharedAsync();
        var prefix = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        _queues = new StorageQueues(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = prefix }));
        _sut = new StorageQueueSender(_queues, _arrivals, _time);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_message_not_before_a_later_time_is_queued_invisible_and_wakes_no_pump()
    {
        var arrival = _arrivals.NextArrival("notify");

        await _sut.SendAsync("notify", new OutgoingMessage("n1:after:1", "{}"u8.ToArray(), _time.GetUtcNow().AddMinutes(6)), CancellationToken.None);

        var queue = await _queues.GetAsync("notify");
        Assert.Empty((await queue.PeekMessagesAsync()).Value);
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.False(arrival.IsCompleted);
    }

    [Fact]
    public async Task A_message_without_a_not_before_time_is_visible_at_once_and_wakes_the_pump()
    {
        var arrival = _arrivals.NextArrival("route");

        await _sut.SendAsync("route", new OutgoingMessage("e1", "{}"u8.ToArray()), CancellationToken.None);

        Assert.Single((await (await _queues.GetAsync("route")).PeekMessagesAsync()).Value);
        Assert.True(arrival.IsCompleted);
    }

    [Fact]
    public void The_delay_runs_from_the_injected_clock_to_not_before()
    {
        var sut = _sut.DelayOf(new OutgoingMessage("n1", "{}"u8.ToArray(), _time.GetUtcNow().AddSeconds(365)));

        Assert.Equal(TimeSpan.FromSeconds(365), sut);
    }

    [Fact]
    public void A_not_before_time_already_past_is_no_delay()
    {
        var sut = _sut.DelayOf(new OutgoingMessage("n1", "{}"u8.ToArray(), _time.GetUtcNow().AddSeconds(-5)));

        Assert.Equal(TimeSpan.Zero, sut);
    }

    [Fact]
    public void A_not_before_time_a_month_away_is_clamped_below_the_seven_days_storage_accepts()
    {
        var sut = _sut.DelayOf(new OutgoingMessage("n1", "{}"u8.ToArray(), _time.GetUtcNow().AddDays(30)));

        Assert.Equal(StorageQueueSender.MaxDelay, sut);
        Assert.True(sut < TimeSpan.FromDays(7));
    }
}
