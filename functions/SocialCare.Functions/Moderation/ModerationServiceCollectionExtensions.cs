using SocialCare.Adapters.Tables;
using SocialCare.Core.Classification.Moderation;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Moderation;

public static class ModerationServiceCollectionExtensions
{
    /// <summary>House rules in the Classify step: per-channel rules and abusive history in Table Storage.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddSingleton<IModerationRulesStore>(sp => new CachedModerationRulesStore(sp.GetRequiredService<TableModerationRules>(), sp.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>()));
        // Transient like ChannelPublishers, so publishers get fresh HttpClients from the factory per invocation.
        services.AddTransient<CommentModerator>();
        return services;
    }
}
