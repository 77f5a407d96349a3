using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Queues;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Tables and the local Storage queues (the queue sender is AddQueues).</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrEmpty(o.ConnectionString) || !string.IsNullOrEmpty(o.TableEndpoint), "Storage:ConnectionString or Storage:TableEndpoint must be set.")
            .ValidateOnStart();
        services.AddSingleton<TableClients>();
        services.AddSingleton<StorageQueues>();
        services.AddSingleton<Queues.QueueArrivals>();
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<INotificationLog, TableNotificationLog>();
        services.AddSingleton<IOutbox, TableOutbox>();
        services.AddSingleton<IPublishClaims, TablePublishClaims>();
        services.AddSingleton<IStoredResponses, TableStoredResponses>();
        services.AddSingleton<TableScheduleStore>();
        services.AddSingleton<IScheduleStore>(sp => new Core.Routing.CachedScheduleStore(sp.GetRequiredService<TableScheduleStore>(), sp.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>()));
        return services;
    }
}
