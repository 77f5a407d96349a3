using SocialCare.Tests.Infrastructure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using SocialCare.LocalParts;

namespace SocialCare.Tests.LocalParts;

/// <summary>
/// The patched Azurite (patches/azurite+3.35.0.patch changes how it updates, removes and queries its documents) still
/// behaves as a queue and a table: visibility, dequeue counts, order, deletes, batches and partition queries, checked
/// with the Azure SDK against the emulator the tests use. Each test works in a queue or table of its own.
/// </summary>
[Trait(Needs.Trait, Needs.Azurite)]
public sealed class AzuriteQueueBehaviourTests
{
    private static async Task<QueueClient> QueueAsync()
    {
        var azurite = await Azurite.SharedAsync();
        var queue = new QueueClient(azurite.ConnectionString, "behaviour-" + Guid.NewGuid().ToString("N")[..12]);
        await queue.CreateAsync();
        return queue;
    }

    [Fact]
    public async Task A_received_message_is_invisible_until_its_visibility_timeout_then_comes_back_with_a_higher_dequeue_count()
    {
        var queue = await QueueAsync();
        await queue.SendMessageAsync("one");

        var first = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1))).Value.Single();
        var whileHidden = (await queue.ReceiveMessagesAsync(1)).Value;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        Azure.Storage.Queues.Models.QueueMessage[] again = [];
        while (again.Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            again = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))).Value;
        }

        Assert.Equal((1L, "one"), (first.DequeueCount, first.Body.ToString()));
        Assert.Empty(whileHidden);
        Assert.Equal((2L, first.MessageId), (Assert.Single(again).DequeueCount, again[0].MessageId));
    }

    [Fact]
    public async Task Visible_messages_come_out_in_the_order_they_were_sent_and_a_batch_receive_takes_several()
    {
        var queue = await QueueAsync();
        for (var i = 0; i < 12; i++) await queue.SendMessageAsync($"m{i:00}");

        var batch = (await queue.ReceiveMessagesAsync(5, TimeSpan.FromMinutes(1))).Value;
        var rest = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value;

        Assert.Equal(["m00", "m01", "m02", "m03", "m04"], batch.Select(m => m.Body.ToString()));
        Assert.Equal(Enumerable.Range(5, 7).Select(i => $"m{i:00}"), rest.Select(m => m.Body.ToString()));
    }

    [Fact]
    public async Task A_deleted_message_is_gone_and_the_others_stay_and_the_count_follows()
    {
        var queue = await QueueAsync();
        for (var i = 0; i < 3; i++) await queue.SendMessageAsync($"d{i}");
        var received = (await queue.ReceiveMessagesAsync(3, TimeSpan.FromSeconds(1))).Value;

        await queue.DeleteMessageAsync(received[1].MessageId, received[1].PopReceipt);
        var count = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var back = new List<string>();
        while (back.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            back.AddRange((await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value.Select(m => m.Body.ToString()));
        }

        Assert.Equal(2, count);
        Assert.Equal(["d0", "d2"], back.Order());
    }

    [Fact]
    public async Task A_partition_query_returns_exactly_that_partitions_rows()
    {
        var azurite = await Azurite.SharedAsync();
        var table = new TableClient(azurite.ConnectionString, "behaviour" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateAsync();
        foreach (var (partition, row) in new[] { ("a", "1"), ("a", "2"), ("b", "1"), ("ab", "1") })
            await table.AddEntityAsync(new TableEntity(partition, row));

        var rows = new List<string>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == "a")) rows.Add($"{e.PartitionKey}/{e.RowKey}");

        Assert.Equal(["a/1", "a/2"], rows);
    }
}
