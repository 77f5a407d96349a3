using SocialCare.Functions.Assistant;
using SocialCare.Adapters.Channels;
using SocialCare.Adapters.Email;
using SocialCare.Adapters.Language;
using SocialCare.Adapters.Listening;
using SocialCare.Adapters.ServiceBus;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Conversations;
using SocialCare.Core.Ports;
using SocialCare.Functions.Announcements;
using SocialCare.Functions.Notifications;
using SocialCare.Functions.Routing;
using SocialCare.Functions.Crisis;
using SocialCare.Functions.Health;
using SocialCare.Functions.Moderation;
using SocialCare.Functions.Webhooks;

namespace SocialCare.Functions.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Webhook ingest and the classify → route → notify steps with their stores.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        // The one clock of the app; every part takes it from DI (tests replace it with a FakeTimeProvider).
        services.AddSingleton(TimeProvider.System);
        // One local cache for the configuration every event reads (schedules, routing, house rules, open crises).
        services.AddHybridCache();
        services.AddStorage();
        services.AddQueues(configuration);
        services.AddEmail();
        services.AddListening();
        services.AddChannels(configuration);
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookIngest>();
        services.AddSocialCareHealthChecks(serviceBus: ServiceBusConnection.From(configuration).IsConfigured);
        services.AddSingleton<ConversationRecorder>();
        services.AddSingleton<Core.Notifications.NotificationClaims>();
        services.AddClassification(configuration);
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.SectionName);
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName).ValidateDataAnnotations()
            .Validate<Hosting.FunctionTimeout>((o, timeout) => TimeSpan.FromSeconds(o.ClaimLeaseSeconds) > timeout.Length,
                "Notifications:ClaimLeaseSeconds must be longer than host.json functionTimeout, or a claim can expire while its holder is still sending.")
            .ValidateOnStart();
        services.AddSingleton(sp => new Core.Claims.ClaimLease(TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotificationOptions>>().Value.ClaimLeaseSeconds)));
        services.AddTransient<Core.Publishing.OncePublisher>();
        services.AddAnnouncements(configuration);
        services.AddNotifications();
        services.AddRouting(configuration);
        services.AddReplyAssistant();
        services.AddModeration().AddCrisisDetection();
        return services;
    }
}
