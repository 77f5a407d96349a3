using SocialCare.Tests.Infrastructure;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Infra;

[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed class QueueDriftTests(CompiledTemplateFixture fixture)
{
    private IReadOnlySet<string> BicepQueues => fixture.Compiled.ChildNames("Microsoft.ServiceBus/namespaces/queues");

    [Fact]
    public void Every_core_queue_name_is_a_queue_in_the_bicep()
    {
        var missing = QueueNames.All.Where(queue => !BicepQueues.Contains(queue)).ToList();

        Assert.True(missing.Count == 0, $"Queues in QueueNames.cs but not in infra/: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_queue_a_function_json_binds_to_is_a_queue_in_the_bicep()
    {
        var missing = FunctionBindings.QueueNames()
            .Where(binding => !BicepQueues.Contains(binding.Queue))
            .Select(binding => $"{binding.Queue} ({binding.FoundIn})")
            .ToList();

        Assert.True(missing.Count == 0, $"Queues bound in function.json but not in infra/: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Queues_dead_letter_after_ten_deliveries_and_drop_platform_retries_for_two_days()
    {
        var queues = fixture.Compiled.OfType("Microsoft.ServiceBus/namespaces/queues").ToList();

        Assert.NotEmpty(queues);
        Assert.All(queues, queue =>
        {
            Assert.Equal("10", queue.Property("maxDeliveryCount"));
            Assert.Equal("true", queue.Property("requiresDuplicateDetection"), ignoreCase: true);
            Assert.Equal("true", queue.Property("deadLetteringOnMessageExpiration"), ignoreCase: true);
            // Meta retries for up to 36 hours; the window must be longer than that.
            Assert.True(System.Xml.XmlConvert.ToTimeSpan(queue.Property("duplicateDetectionHistoryTimeWindow")) > TimeSpan.FromHours(36));
        });
    }

    [Fact]
    public void A_queue_binding_is_read_from_function_json()
    {
        const string json = """
            {"bindings":[
              {"type":"serviceBusTrigger","direction":"in","name":"message","queueName":"route","connection":"ServiceBusConnection"},
              {"type":"serviceBus","direction":"out","name":"next","queueName":"notify","connection":"ServiceBusConnection"},
              {"type":"timerTrigger","direction":"in","name":"timer","schedule":"0 */5 * * * *"}]}
            """;

        var sut = FunctionBindings.QueueNamesIn(json, "Route/function.json").Select(b => b.Queue).ToList();

        Assert.Equal(["route", "notify"], sut);
    }
}
