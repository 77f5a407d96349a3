using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Http.Resilience;
using SocialCare.Adapters.Meta;
using SocialCare.Adapters.Telegram;
using SocialCare.Adapters.Vk;
using SocialCare.Adapters.Webhooks;
using SocialCare.Adapters.X;
using SocialCare.Core.Ports;
using SocialCare.Core.Publishing;

namespace SocialCare.Adapters.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>
    /// Webhook sources for meta, x, telegram and vk (as <c>IEnumerable&lt;IWebhookSource&gt;</c>), their options
    /// (sections Meta, X, Telegram, Vk, Channels), one publisher per platform on named HttpClients, and
    /// <see cref="ChannelPublishers"/>. Needs an <see cref="IOutbox"/> registered elsewhere. Missing secrets are not a
    /// start failure: the source then refuses every POST with 401.
    /// </summary>
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetaOptions>().Bind(configuration.GetSection(MetaOptions.Section));
        services.AddOptions<XOptions>().Bind(configuration.GetSection(XOptions.Section));
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.Section));
        services.AddOptions<VkOptions>().Bind(configuration.GetSection(VkOptions.Section));
        services.AddOptions<ChannelsOptions>().Bind(configuration.GetSection(ChannelsOptions.Section));

        services.AddSingleton<IWebhookSource>(sp => new MetaWebhookSource(Value<MetaOptions>(sp), Time(sp)));
        services.AddSingleton<IWebhookSource>(sp => new XWebhookSource(Value<XOptions>(sp), Time(sp)));
        services.AddSingleton<IWebhookSource>(sp => new TelegramWebhookSource(Value<TelegramOptions>(sp), Time(sp)));
        services.AddSingleton<IWebhookSource>(sp => new VkWebhookSource(Value<VkOptions>(sp), Time(sp)));

        services.AddSingleton(sp => new ChannelCredentials(configuration, Value<TelegramOptions>(sp)));
        services.AddHttpClient(ChannelHttpClients.Meta, (sp, c) => c.BaseAddress = new Uri(Value<MetaOptions>(sp).GraphBaseUrl))
            .AddResilienceHandler(PlatformResilience.Name, PlatformResilience.Configure);
        services.AddHttpClient(ChannelHttpClients.X, (sp, c) => c.BaseAddress = new Uri(Value<XOptions>(sp).ApiBaseUrl))
            .AddResilienceHandler(PlatformResilience.Name, PlatformResilience.Configure);
        services.AddHttpClient(ChannelHttpClients.Telegram, (sp, c) => c.BaseAddress = new Uri(Value<TelegramOptions>(sp).ApiBaseUrl))
            .AddResilienceHandler(PlatformResilience.Name, PlatformResilience.Configure);
        services.AddHttpClient(ChannelHttpClients.Vk, (sp, c) => c.BaseAddress = new Uri(Value<VkOptions>(sp).ApiBaseUrl))
            .AddResilienceHandler(PlatformResilience.Name, PlatformResilience.Configure);
        // The bot token is in every Telegram URL: the framework's request logs would write it down.
        services.AddHttpClient(ChannelHttpClients.Telegram).RemoveAllLoggers().AddLogger(sp => new TelegramHttpLogger(
            sp.GetRequiredService<ILoggerFactory>().CreateLogger($"System.Net.Http.HttpClient.{ChannelHttpClients.Telegram}.LogicalHandler")));

        services.AddTransient<IPlatformPublisher>(sp => new FacebookPublisher(Client(sp, ChannelHttpClients.Meta), Credentials(sp), Time(sp)));
        services.AddTransient<IPlatformPublisher>(sp => new InstagramPublisher(Client(sp, ChannelHttpClients.Meta), Credentials(sp), Time(sp)));
        services.AddTransient<IPlatformPublisher>(sp => new WhatsAppPublisher(Client(sp, ChannelHttpClients.Meta), Credentials(sp), Time(sp)));
        services.AddTransient<IPlatformPublisher>(sp => new XPublisher(Client(sp, ChannelHttpClients.X), Credentials(sp), Time(sp)));
        services.AddTransient<IPlatformPublisher>(sp => new TelegramPublisher(Client(sp, ChannelHttpClients.Telegram), Credentials(sp), Time(sp)));
        services.AddTransient<IPlatformPublisher>(sp => new VkPublisher(Client(sp, ChannelHttpClients.Vk), Credentials(sp), Time(sp), Value<VkOptions>(sp)));
        services.AddTransient(sp => new ChannelPublishers(sp.GetServices<IPlatformPublisher>(), sp.GetRequiredService<IOutbox>(), Time(sp)));
        return services;
    }

    private static T Value<T>(IServiceProvider sp) where T : class => sp.GetRequiredService<IOptions<T>>().Value;

    private static TimeProvider Time(IServiceProvider sp) => sp.GetRequiredService<TimeProvider>();

    private static ChannelCredentials Credentials(IServiceProvider sp) => sp.GetRequiredService<ChannelCredentials>();

    private static HttpClient Client(IServiceProvider sp, string name) => sp.GetRequiredService<IHttpClientFactory>().CreateClient(name);
}
