using System.Text;
using Azure.Messaging.ServiceBus;
using SocialCare.Adapters.ServiceBus;
using SocialCare.Core.Messages;
using SocialCare.Core.Ports;

namespace SocialCare.Tests.ServiceBus;

public sealed class ServiceBusMessagesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Our_message_becomes_a_json_service_bus_message_under_our_id()
    {
        var body = """{"schemaVersion":1,"eventId":"facebook:1_2"}"""u8.ToArray();

        var sut = ServiceBusMessages.ToServiceBus(new OutgoingMessage("facebook:1_2", body));

        Assert.Equal("facebook:1_2", sut.MessageId);
        Assert.Equal("application/json", sut.ContentType);
        Assert.Equal(body, sut.Body.ToArray());
        Assert.Empty(sut.ApplicationProperties);
    }

    [Fact]
    public void A_300_character_event_id_maps_to_a_message_service_bus_accepts()
    {
        var id = "telegram:" + new string('9', 291);

        var sut = ServiceBusMessages.ToServiceBus(new OutgoingMessage(id, "{}"u8.ToArray()));

        Assert.Equal(QueueMessageId.Bounded(id), sut.MessageId);
        Assert.True(sut.MessageId.Length <= 128);
    }

    [Fact]
    public void A_deferred_message_is_scheduled_for_its_not_before_time()
    {
        var sut = ServiceBusMessages.ToServiceBus(new OutgoingMessage("n1:after:1", "{}"u8.ToArray(), NotBefore: At));

        Assert.Equal(At, sut.ScheduledEnqueueTime);
    }

    [Fact]
    public void A_message_without_a_not_before_time_is_not_scheduled()
    {
        var sut = ServiceBusMessages.ToServiceBus(new OutgoingMessage("n1", "{}"u8.ToArray()));

        Assert.Equal(default, sut.ScheduledEnqueueTime);
    }

    [Fact]
    public void A_peeked_dead_letter_shows_its_id_reason_description_and_delivery_count()
    {
        var letter = DeadLetter("facebook:1_2", new Dictionary<string, object>
        {
            ["DeadLetterReason"] = "MaxDeliveryCountExceeded",
            ["DeadLetterErrorDescription"] = "Message could not be consumed after 10 delivery attempts.",
        });

        var sut = ServiceBusMessages.ToDeadLetterItem(letter);

        Assert.Equal(new DeadLetterItem("facebook:1_2", "MaxDeliveryCountExceeded", "Message could not be consumed after 10 delivery attempts.", 10, At), sut);
    }

    [Fact]
    public void A_dead_letter_without_a_reason_reads_as_unknown()
    {
        var sut = ServiceBusMessages.ToDeadLetterItem(DeadLetter("x", new Dictionary<string, object>()));

        Assert.Equal(("unknown", ""), (sut.Reason, sut.Description));
    }

    [Fact]
    public void A_replay_keeps_the_body_and_properties_under_a_new_id_without_the_dead_letter_reason()
    {
        var letter = DeadLetter("facebook:1_2", new Dictionary<string, object>
        {
            ["DeadLetterReason"] = "MaxDeliveryCountExceeded",
            ["DeadLetterErrorDescription"] = "gave up",
            ["tenant"] = "brand-a",
        });

        var sut = ServiceBusMessages.ToReplay(letter);

        Assert.Equal("""{"eventId":"facebook:1_2"}""", sut.Body.ToString());
        Assert.Equal("facebook:1_2:replay:42", sut.MessageId);
        Assert.Equal("application/json", sut.ContentType);
        Assert.Equal(new Dictionary<string, object> { ["tenant"] = "brand-a" }, sut.ApplicationProperties);
    }

    [Fact]
    public void Replaying_a_letter_whose_id_is_already_at_the_limit_still_gives_an_accepted_id()
    {
        var letter = DeadLetter(new string('m', 128), new Dictionary<string, object>());

        var sut = ServiceBusMessages.ToReplay(letter);

        Assert.True(sut.MessageId.Length <= 128);
    }

    private static ServiceBusReceivedMessage DeadLetter(string messageId, IDictionary<string, object> properties) =>
        ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: new BinaryData(Encoding.UTF8.GetBytes("""{"eventId":"facebook:1_2"}""")),
            messageId: messageId,
            contentType: "application/json",
            properties: properties,
            deliveryCount: 10,
            sequenceNumber: 42,
            enqueuedTime: At);
}
