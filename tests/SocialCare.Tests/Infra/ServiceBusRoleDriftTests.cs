using SocialCare.Tests.Infrastructure;
using SocialCare.Core.Messages;

namespace SocialCare.Tests.Infra;

/// <summary>The app's Service Bus data roles sit on the queues it uses, derived from function.json and the code's own senders.</summary>
[Collection(BicepCollection.Name)]
[Trait(Needs.Trait, Needs.Bicep)]
public sealed class ServiceBusRoleDriftTests(CompiledTemplateFixture fixture)
{
    private const string Sender = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39";
    private const string Receiver = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0";
    private const string QueueScope = "Microsoft.ServiceBus/namespaces/queues";

    private IReadOnlyList<ArmResource> DataRoleAssignments(string role) =>
        [.. fixture.Compiled.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.Property("roleDefinitionId").Contains(role, StringComparison.OrdinalIgnoreCase))];

    private IReadOnlySet<string> QueuesGranted(string role) =>
        DataRoleAssignments(role).Where(a => a.ScopeType == QueueScope).SelectMany(a => a.ScopeNames).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void No_service_bus_data_role_is_granted_on_the_namespace()
    {
        var assignments = DataRoleAssignments(Sender).Concat(DataRoleAssignments(Receiver)).ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, a => Assert.Equal(QueueScope, a.ScopeType));
    }

    [Fact]
    public void Every_queue_a_trigger_reads_grants_the_app_receiver_on_that_queue()
    {
        var triggers = FunctionBindings.QueueNames("serviceBusTrigger");

        Assert.NotEmpty(triggers);
        Assert.Subset(QueuesGranted(Receiver).ToHashSet(), triggers.ToHashSet());
    }

    [Fact]
    public void Every_queue_the_app_sends_to_grants_the_app_sender_on_that_queue()
    {
        // Output bindings, plus the webhook ingress that sends to classify itself.
        var sent = FunctionBindings.QueueNames("serviceBus").Append(QueueNames.Classify).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(QueuesGranted(Sender).ToHashSet(), sent);
    }

    [Fact]
    public void Dead_letter_listing_and_replay_can_receive_from_and_send_to_every_queue()
    {
        // GET /api/deadletters locks letters of every queue; replay sends them back to it.
        Assert.Subset(QueuesGranted(Receiver).ToHashSet(), QueueNames.All.ToHashSet());
        Assert.Subset(QueuesGranted(Sender).ToHashSet(), QueueNames.All.ToHashSet());
    }

    [Fact]
    public void Every_queue_granted_a_role_is_a_queue_the_bicep_declares()
    {
        var declared = fixture.Compiled.ChildNames("Microsoft.ServiceBus/namespaces/queues");

        Assert.Subset(declared.ToHashSet(), QueuesGranted(Sender).Union(QueuesGranted(Receiver)).ToHashSet());
    }
}
