using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialCare.Adapters.Queues;

namespace SocialCare.Functions.Health;

/// <summary>The local Storage queues (the Service Bus stand-in) answer a properties request.</summary>
public sealed class StorageQueuesHealthCheck(StorageQueues queues) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await queues.Service.GetPropertiesAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
