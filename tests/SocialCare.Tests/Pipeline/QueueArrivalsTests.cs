using SocialCare.Adapters.Queues;

namespace SocialCare.Tests.Pipeline;

public sealed class QueueArrivalsTests
{
    private readonly QueueArrivals _sut = new();

    [Fact]
    public void A_send_after_the_wait_was_taken_wakes_it()
    {
        var waiting = _sut.NextArrival("route");
        Assert.False(waiting.IsCompleted);

        _sut.Arrived("route");

        Assert.True(waiting.IsCompleted);
    }

    [Fact]
    public void A_send_to_another_queue_does_not_wake_it()
    {
        var waiting = _sut.NextArrival("route");

        _sut.Arrived("notify");

        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public void A_wait_taken_after_a_wake_waits_for_the_next_send()
    {
        var first = _sut.NextArrival("route");
        _sut.Arrived("route");

        var second = _sut.NextArrival("route");

        Assert.True(first.IsCompleted);
        Assert.False(second.IsCompleted);
        _sut.Arrived("route");
        Assert.True(second.IsCompleted);
    }
}
