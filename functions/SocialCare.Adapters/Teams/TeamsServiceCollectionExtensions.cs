using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Core.Notifications;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Teams;

public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations()
            .Validate(
                o => string.IsNullOrEmpty(o.DefaultWebhookUrl) || new TeamsWebhookUrlPolicy(o.AllowedHosts, o.AllowLoopback).Allows(o.DefaultWebhookUrl),
                "Teams:DefaultWebhookUrl must be an https URL on a Teams or Workflows host (or one in Teams:AllowedHosts).")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TeamsOptions>>().Value;
            return new TeamsWebhookUrlPolicy(o.AllowedHosts, o.AllowLoopback);
        });
        // The resilience handler's timeouts rule; HttpClient's own would cut its retries short. No redirects: an
        // allowed host must not bounce a card (and its URL's signature) to one the policy refused.
        services.AddHttpClient<ITeamsChannel, TeamsWebhookChannel>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler(TeamsResilience.Name, TeamsResilience.Configure);
        return services;
    }
}
