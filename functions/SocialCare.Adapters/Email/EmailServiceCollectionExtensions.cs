using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;
using Polly.Registry;
using SocialCare.Core.Ports;

namespace SocialCare.Adapters.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddResiliencePipeline(EmailResilience.Name, EmailResilience.Configure);
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(sp => new ResilientEmailSender(
            sp.GetRequiredService<SmtpEmailSender>(),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(EmailResilience.Name)));
        return services;
    }
}
