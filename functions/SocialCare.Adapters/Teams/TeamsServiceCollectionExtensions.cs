using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Teams;

public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.DefaultWebhookUrl) || Uri.TryCreate(o.DefaultWebhookUrl, UriKind.Absolute, out _), "Teams:DefaultWebhookUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddHttpClient<ITeamsChannel, TeamsWebhookChannel>(c => c.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }
}
