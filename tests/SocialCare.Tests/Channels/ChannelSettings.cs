using Microsoft.Extensions.Configuration;
using SocialCare.Adapters.Channels;

namespace SocialCare.Tests.Channels;

internal static class ChannelSettings
{
    public static ChannelCredentials Credentials(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    public static ChannelsOptions NoInlineWaitAbove(int seconds) => new() { MaxInlineRetrySeconds = seconds };
}
