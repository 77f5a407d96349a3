using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialCare.Core.Messages;

namespace SocialCare.Functions.Health;

/// <summary>
/// Service Bus answers a peek of the classify queue: it proves the namespace is reachable and the app's identity may
/// read the queue (it holds the receiver role for dead-letter replay), without taking a message.
/// </summary>
public sealed class ServiceBusHealthCheck(ServiceBusClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var receiver = client.CreateReceiver(QueueNames.Classify);
        await receiver.PeekMessageAsync(cancellationToken: cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
