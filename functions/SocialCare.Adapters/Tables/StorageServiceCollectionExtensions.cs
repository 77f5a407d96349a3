using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Queues;
using SocialCare.Core.Announcements;
using SocialCare.Core.Classification.Crisis;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Tables;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Every Table Storage adapter, as the port it implements (or as itself where the app composes a cache around it),
    /// and the local Storage queues (the queue sender is AddQueues). The app registers the core services, once.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrEmpty(o.ConnectionString) || !string.IsNullOrEmpty(o.TableEndpoint), "Storage:ConnectionString or Storage:TableEndpoint must be set.")
            .ValidateOnStart();
        services.AddSingleton<TableClients>();
        services.AddSingleton<StorageQueues>();
        services.AddSingleton<Queues.QueueArrivals>();
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddHostedService<InboxIndexBackfill>();
        services.AddSingleton<INotificationLog, TableNotificationLog>();
        services.AddSingleton<IOutbox, TableOutbox>();
        services.AddSingleton<IPublishClaims, TablePublishClaims>();
        services.AddSingleton<IStoredResponses, TableStoredResponses>();
        services.AddSingleton<IAnnouncementClaims, TableAnnouncementClaims>();
        services.AddSingleton<INegativeEventWindow, TableCrisisWindow>();
        services.AddSingleton<TableCrisisEpisodes>();
        services.AddSingleton<ICrisisEpisodeStore>(sp => sp.GetRequiredService<TableCrisisEpisodes>());
        services.AddSingleton<ICrisisEpisodes>(sp => sp.GetRequiredService<TableCrisisEpisodes>());
        services.AddSingleton<IAbuseHistory, TableModerationAbuseHistory>();
        // Wrapped in the core's read-through caches by the app.
        services.AddSingleton<TableScheduleStore>();
        services.AddSingleton<ILabelCorrectionStore, TableLabelCorrections>();
        services.AddSingleton<IPresenceStore, TablePresence>();
        services.AddSingleton<ISavedReplies, TableSavedReplies>();
        services.AddSingleton<IReportFacts, TableReportFacts>();
        services.AddSingleton<TableTeamDirectory>();
        services.AddSingleton<TableModerationRules>();
        return services;
    }
}
