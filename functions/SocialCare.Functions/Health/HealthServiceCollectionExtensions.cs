namespace SocialCare.Functions.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>Each probe gets this long; a dead dependency answers 503 quickly instead of hanging the probe.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// One check per dependency /api/health names: table storage, and the queues — Service Bus when the app sends
    /// through it, else the local Storage queues.
    /// </summary>
    public static IServiceCollection AddSocialCareHealthChecks(this IServiceCollection services, bool serviceBus)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<TableStorageHealthCheck>(HealthResponse.Tables, timeout: ProbeTimeout);
        if (serviceBus) checks.AddCheck<ServiceBusHealthCheck>(HealthResponse.Queues, timeout: ProbeTimeout);
        else checks.AddCheck<StorageQueuesHealthCheck>(HealthResponse.Queues, timeout: ProbeTimeout);
        return services;
    }
}
