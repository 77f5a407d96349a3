using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Adapters.Channels;

namespace SocialCare.Tests.Channels;

internal static class ChannelSettings
{
    public static ChannelCredentials Credentials(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    /// <summary>A platform's named HttpClient as the app composes it (with its resilience handler), on the given clock.</summary>
    public static HttpClient Client(string name, Uri baseAddress, TimeProvider time, int maxInlineWaitSeconds = 5)
    {
        var url = baseAddress.ToString();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Meta:GraphBaseUrl"] = url,
            ["X:ApiBaseUrl"] = url,
            ["Telegram:ApiBaseUrl"] = url,
            ["Vk:ApiBaseUrl"] = url,
            ["Channels:MaxInlineRetrySeconds"] = maxInlineWaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var provider = new ServiceCollection().AddSingleton(time).AddChannels(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);
    }
}
