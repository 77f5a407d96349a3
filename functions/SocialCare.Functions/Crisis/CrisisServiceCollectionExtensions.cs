using Microsoft.Extensions.Options;
using SocialCare.Adapters.Tables;
using SocialCare.Core.Classification.Crisis;
using SocialCare.Core.Ports;

namespace SocialCare.Functions.Crisis;

public static class CrisisServiceCollectionExtensions
{
    /// <summary>Crisis detection after Classify: the negative-event window and the episodes in Table Storage.</summary>
    public static IServiceCollection AddCrisisDetection(this IServiceCollection services)
    {
        services.AddOptions<CrisisOptions>().BindConfiguration(CrisisOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<INegativeEventWindow, TableCrisisWindow>();
        services.AddSingleton<TableCrisisEpisodes>();
        services.AddSingleton<ICrisisEpisodeStore>(sp => sp.GetRequiredService<TableCrisisEpisodes>());
        services.AddSingleton<ICrisisEpisodes>(sp => sp.GetRequiredService<TableCrisisEpisodes>());
        services.AddSingleton(sp => new CrisisPolicy(Options(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CrisisWindowCounter(sp.GetRequiredService<INegativeEventWindow>(), Options(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CrisisDetector(
            sp.GetRequiredService<INegativeEventWindow>(),
            sp.GetRequiredService<ICrisisEpisodeStore>(),
            sp.GetRequiredService<CrisisWindowCounter>(),
            sp.GetRequiredService<CrisisPolicy>(),
            Options(sp),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>()));
        return services;
    }

    private static CrisisOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<CrisisOptions>>().Value;
}
