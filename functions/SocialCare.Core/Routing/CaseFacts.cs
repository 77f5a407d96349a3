namespace SocialCare.Core.Routing;

/// <summary>What routing rules look at: the classification of the latest customer message and where it came from.</summary>
public sealed record CaseFacts(string Intent, string Sentiment, IReadOnlyList<string> Signals, string Platform, string Language, string ChannelId)
{
    public static CaseFacts Of(Classification.Classification c, string platform, string channelId) =>
        new(WireNames.Of(c.Intent), WireNames.Of(c.Sentiment), c.Signals, platform, c.Language, channelId);
}
