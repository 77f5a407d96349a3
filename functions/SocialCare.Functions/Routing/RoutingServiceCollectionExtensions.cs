using SocialCare.Adapters.Links;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Agents;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;
using SocialCare.Core.Routing;
using SocialCare.Core.Sla;

namespace SocialCare.Functions.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>Teams, agents and rules on Table Storage, the router, agent actions, signed links and the demo seed.</summary>
    public static IServiceCollection AddRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IScheduleStore>(sp => new CachedScheduleStore(sp.GetRequiredService<TableScheduleStore>(), sp.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>()));
        services.AddSingleton(sp => new CachedRoutingDirectory(sp.GetRequiredService<TableTeamDirectory>(), sp.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>()));
        services.AddSingleton<IRoutingDirectory>(sp => sp.GetRequiredService<CachedRoutingDirectory>());
        services.AddSingleton<ITeamDirectory>(sp => sp.GetRequiredService<CachedRoutingDirectory>());
        services.AddOptions<LinksOptions>().BindConfiguration(LinksOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignedActionLinks>();
        services.AddSingleton<IActionLinks>(sp => sp.GetRequiredService<SignedActionLinks>());
        services.AddSingleton<ConversationRouter>();
        services.AddTransient<AfterHoursReplier>();
        services.AddTransient<AgentActions>();
        services.AddTransient<LabelCorrector>();
        services.AddTransient<SlaWatchRunner>();
        services.AddSingleton<IdempotentActions>();
        services.AddSingleton<AssignmentOutbox>();
        services.AddOptions<Demo.DemoOptions>().BindConfiguration(Demo.DemoOptions.SectionName);
        services.AddHostedService<DemoSeed>();
        return services;
    }
}
