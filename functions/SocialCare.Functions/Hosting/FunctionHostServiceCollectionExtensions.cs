using SocialCare.Functions.LocalHost;

namespace SocialCare.Functions.Hosting;

public static class FunctionHostServiceCollectionExtensions
{
    /// <summary>The function catalog and dispatcher; in the local host also the queue pumps, timers and key check.</summary>
    public static IServiceCollection AddFunctionHost(this IServiceCollection services, bool localHost)
    {
        services.AddSingleton(_ => FunctionCatalog.ForApp());
        services.AddSingleton(sp => FunctionTimeout.Read(sp.GetRequiredService<FunctionCatalog>().Root, sp.GetRequiredService<IConfiguration>()[FunctionTimeout.OverrideSetting]));
        services.AddSingleton<TriggerDispatcher>();
        foreach (var type in TriggerDispatcher.TriggerTypes.Values) services.AddScoped(type);
        foreach (var type in FunctionTypes.Discover<IHttpFunction>().Values) services.AddSingleton(typeof(IHttpFunction), type);
        services.AddOptions<FunctionKeyOptions>().BindConfiguration(FunctionKeyOptions.SectionName);
        services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutputBindingWriter>();
        if (localHost)
        {
            services.AddSingleton<PumpActivity>();
            services.AddHostedService<LocalTriggerHost>();
        }
        return services;
    }
}
