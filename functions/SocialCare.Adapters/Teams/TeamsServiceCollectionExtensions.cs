using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Teams;

public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.DefaultWebhookUrl) || Uri.TryCreate(o.DefaultWebhookUrl, UriKind.Absolute, out _), "Teams:DefaultWebhookUrl must be an absolute URL.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The resilience handler's timeouts rule; HttpClient's own would cut its retries short.
        services.AddHttpClient<ITeamsChannel, TeamsWebhookChannel>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(TeamsResilience.Name, TeamsResilience.Configure);
        return services;
    }
}
