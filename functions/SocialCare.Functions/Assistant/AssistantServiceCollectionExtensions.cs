using SocialCare.Core.Classification;
using SocialCare.Core.Drafts;
using SocialCare.Core.Replies;

namespace SocialCare.Functions.Assistant;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>
    /// The reply assistant: draft checks (read with the offline classifier in both modes, as intent and moderation
    /// are: a check runs while the agent types), suggestions and saved replies (the store is registered with storage).
    /// </summary>
    public static IServiceCollection AddReplyAssistant(this IServiceCollection services)
    {
        services.AddSingleton(sp => new DraftChecker(sp.GetRequiredService<OfflineClassifier>()));
        services.AddTransient<DraftReview>();
        services.AddTransient<ReplyAssistant>();
        return services;
    }
}
