using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Webhooks;

namespace SocialCare.Adapters.Listening;

public static class ListeningServiceCollectionExtensions
{
    public static IServiceCollection AddListening(this IServiceCollection services)
    {
        services.AddOptions<ListeningOptions>().BindConfiguration(ListeningOptions.SectionName);
        services.AddSingleton<ListeningWebhookSource>();
        services.AddSingleton<IWebhookSource>(sp => sp.GetRequiredService<ListeningWebhookSource>());
        return services;
    }
}
