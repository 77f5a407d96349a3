namespace SocialCare.Adapters.Channels;

/// <summary>Names of the HttpClients the publishers use (Graph, X, Telegram, VK).</summary>
public static class ChannelHttpClients
{
    public const string Meta = "channels-meta";
    public const string X = "channels-x";
    public const string Telegram = "channels-telegram";
    public const string Vk = "channels-vk";
}
