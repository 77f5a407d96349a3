using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.DeadLetters;
using SocialCare.Adapters.Queues;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.ServiceBus;

public static class QueuesServiceCollectionExtensions
{
    /// <summary>
    /// The queue sender and dead letters: Service Bus when the host's <c>ServiceBusConnection</c> setting is present
    /// (one <see cref="ServiceBusClient"/>, registered with AddAzureClients), else the local Storage queues.
    /// Needs <c>AddStorage</c> for the local ones.
    /// </summary>
    public static IServiceCollection AddQueues(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = ServiceBusConnection.From(configuration);
        if (!connection.IsConfigured)
        {
            services.AddSingleton<IQueueSender, StorageQueueSender>();
            services.TryAddSingleton<IDeadLetters, StorageQueueDeadLetters>();
            return services;
        }

        services.AddOptions<ServiceBusOptions>().BindConfiguration(ServiceBusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddAzureClients(clients =>
        {
            var builder = string.IsNullOrWhiteSpace(connection.ConnectionString)
                ? clients.AddServiceBusClientWithNamespace(connection.FullyQualifiedNamespace!)
                : clients.AddServiceBusClient(connection.ConnectionString);
            builder.ConfigureOptions((o, sp) => Configure(o, sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value));
            // Only used by the namespace form; the managed identity's client id, as the host's __clientId names it.
            clients.UseCredential(new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = connection.ClientId }));
        });
        services.AddSingleton<IQueueSender, ServiceBusQueueSender>();
        services.TryAddSingleton<IDeadLetters, ServiceBusDeadLetters>();
        return services;
    }

    private static void Configure(ServiceBusClientOptions client, ServiceBusOptions options)
    {
        client.RetryOptions.Mode = ServiceBusRetryMode.Exponential;
        client.RetryOptions.MaxRetries = options.MaxRetries;
        client.RetryOptions.Delay = options.Delay;
        client.RetryOptions.MaxDelay = options.MaxDelay;
        client.RetryOptions.TryTimeout = options.TryTimeout;
    }
}
