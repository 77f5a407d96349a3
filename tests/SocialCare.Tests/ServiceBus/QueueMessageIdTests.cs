using Azure.Messaging.ServiceBus;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Tests.ServiceBus;

public sealed class QueueMessageIdTests
{
    private static readonly string LongId = "facebook:" + new string('7', 291);

    [Fact]
    public void Service_bus_itself_refuses_a_message_id_over_128_characters()
    {
        Assert.ThrowsAny<ArgumentException>(() => new ServiceBusMessage { MessageId = LongId });
    }

    [Fact]
    public void A_300_character_id_becomes_a_stable_id_within_the_limit()
    {
        var sut = new OutgoingMessage(LongId, "{}"u8.ToArray());

        Assert.Equal(300, LongId.Length);
        Assert.True(sut.MessageId.Length <= QueueMessageId.MaxLength, $"{sut.MessageId.Length} characters");
        Assert.Equal(sut.MessageId, new OutgoingMessage(LongId, "{}"u8.ToArray()).MessageId);
        Assert.StartsWith(LongId[..80], sut.MessageId);
    }

    [Fact]
    public void Long_ids_that_differ_only_at_the_end_stay_different()
    {
        var first = QueueMessageId.Bounded(LongId + ":edited:aaaa");
        var second = QueueMessageId.Bounded(LongId + ":edited:bbbb");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void An_id_within_the_limit_is_kept_as_it_is()
    {
        var id = "facebook:" + new string('1', 119);

        Assert.Equal(id, new OutgoingMessage(id, ReadOnlyMemory<byte>.Empty).MessageId);
    }

    [Fact]
    public void A_surrogate_pair_at_the_cut_is_not_split()
    {
        var id = new string('a', 79) + "😀" + new string('b', 100);

        var sut = QueueMessageId.Bounded(id);

        Assert.Equal(new string('a', 79) + ":h:", sut[..82]);
    }
}
