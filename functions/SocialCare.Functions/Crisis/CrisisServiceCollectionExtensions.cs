using Microsoft.Extensions.Options;
using SocialCare.Core.Classification.Crisis;

namespace SocialCare.Functions.Crisis;

public static class CrisisServiceCollectionExtensions
{
    /// <summary>Crisis detection after Classify (its window and episodes are Table Storage adapters, AddStorage).</summary>
    public static IServiceCollection AddCrisisDetection(this IServiceCollection services)
    {
        services.AddOptions<CrisisOptions>().BindConfiguration(CrisisOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CrisisOptions>>().Value);
        services.AddSingleton<CrisisPolicy>();
        services.AddSingleton<CrisisWindowCounter>();
        services.AddSingleton<CrisisDetector>();
        return services;
    }
}
