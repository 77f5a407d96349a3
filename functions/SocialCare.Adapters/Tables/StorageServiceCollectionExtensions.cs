using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Queues;
using SocialCare.Adapters.ServiceBus;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Tables, the local queues, and the queue sender: Service Bus when ServiceBus:Namespace is set, else Storage queues.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrEmpty(o.ConnectionString) || !string.IsNullOrEmpty(o.TableEndpoint), "Storage:ConnectionString or Storage:TableEndpoint must be set.")
            .ValidateOnStart();
        services.AddOptions<ServiceBusOptions>().BindConfiguration(ServiceBusOptions.SectionName);
        services.AddSingleton<TableClients>();
        services.AddSingleton<StorageQueues>();
        services.AddSingleton<Queues.QueueArrivals>();
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<INotificationLog, TableNotificationLog>();
        services.AddSingleton<IOutbox, TableOutbox>();
        services.AddSingleton<IPublishClaims, TablePublishClaims>();
        services.AddSingleton<IStoredResponses, TableStoredResponses>();
        services.AddSingleton<TableScheduleStore>();
        services.AddSingleton<IScheduleStore>(sp => new Core.Routing.CachedScheduleStore(sp.GetRequiredService<TableScheduleStore>()));
        services.AddHttpClient<ServiceBusRestSender>();
        services.AddSingleton<Azure.Core.TokenCredential>(_ => new Azure.Identity.DefaultAzureCredential());
        services.AddSingleton<IQueueSender>(sp =>
            string.IsNullOrEmpty(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceBusOptions>>().Value.Namespace)
                ? new StorageQueueSender(sp.GetRequiredService<StorageQueues>(), sp.GetRequiredService<Queues.QueueArrivals>())
                : sp.GetRequiredService<ServiceBusRestSender>());
        return services;
    }
}
