using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialCare.Adapters.Tables;

namespace SocialCare.Functions.Health;

/// <summary>Table storage answers a one-row listing of its tables.</summary>
public sealed class TableStorageHealthCheck(TableClients tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1)) break;
        return HealthCheckResult.Healthy();
    }
}
