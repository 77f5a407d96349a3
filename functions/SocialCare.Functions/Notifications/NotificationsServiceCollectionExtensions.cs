using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Teams;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Functions.Pipeline;

namespace SocialCare.Functions.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Notify's parts (Teams cards, email, who gets what). The team directory, action links and crisis episodes
    /// they use are registered by routing and crisis detection.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddTeamsChannel();
        services.AddSingleton(sp => new NotificationDefaults(
            sp.GetRequiredService<IOptions<NotificationOptions>>().Value.DefaultEmail,
            sp.GetRequiredService<IOptions<TeamsOptions>>().Value.DefaultWebhookUrl,
            sp.GetRequiredService<IOptions<RoutingOptions>>().Value.DefaultTeam));
        services.AddSingleton<NoticeComposer>();
        services.AddSingleton<NoticeDelivery>();
        services.AddSingleton<Triggers.Reports.SlaReportSource>();
        services.AddSingleton<Triggers.Reports.VoiceSource>();
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName);
        return services;
    }
}
