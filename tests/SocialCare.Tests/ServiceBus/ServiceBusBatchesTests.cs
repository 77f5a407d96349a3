using Azure.Messaging.ServiceBus;
using SocialCare.Adapters.ServiceBus;

namespace SocialCare.Tests.ServiceBus;

public sealed class ServiceBusBatchesTests
{
    private readonly List<List<ServiceBusMessage>> _sent = [];
    private List<ServiceBusMessage> _current = [];

    /// <summary>A batch the SDK's model factory builds, holding as many messages as <paramref name="capacity"/> says.</summary>
    private ValueTask<ServiceBusMessageBatch> CreateBatch(int capacity)
    {
        var store = new List<ServiceBusMessage>();
        _current = store;
        return ValueTask.FromResult(ServiceBusModelFactory.ServiceBusMessageBatch(256 * 1024, store, tryAddCallback: _ => store.Count < capacity));
    }

    private Task Send(ServiceBusMessageBatch batch)
    {
        _sent.Add([.. _current]);
        return Task.CompletedTask;
    }

    private static List<ServiceBusMessage> Messages(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new ServiceBusMessage("{}") { MessageId = $"m{i}" })];

    [Fact]
    public async Task Messages_that_fit_go_out_in_one_call()
    {
        var sent = await ServiceBusBatches.SendAsync(Messages(1000), _ => CreateBatch(int.MaxValue), (b, _) => Send(b), CancellationToken.None);

        Assert.Equal(1, sent);
        Assert.Equal(1000, Assert.Single(_sent).Count);
    }

    [Fact]
    public async Task A_full_batch_is_sent_and_the_rest_follow_in_order()
    {
        var sent = await ServiceBusBatches.SendAsync(Messages(7), _ => CreateBatch(3), (b, _) => Send(b), CancellationToken.None);

        Assert.Equal(3, sent);
        Assert.Equal([["m1", "m2", "m3"], ["m4", "m5", "m6"], ["m7"]], _sent.Select(b => b.Select(m => m.MessageId).ToList()).ToList());
    }

    [Fact]
    public async Task A_message_no_batch_can_hold_fails_the_send()
    {
        var e = await Assert.ThrowsAsync<ServiceBusException>(() =>
            ServiceBusBatches.SendAsync(Messages(2), _ => CreateBatch(0), (b, _) => Send(b), CancellationToken.None));

        Assert.Equal(ServiceBusFailureReason.MessageSizeExceeded, e.Reason);
        Assert.Empty(_sent);
    }
}
