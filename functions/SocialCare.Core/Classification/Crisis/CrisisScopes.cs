namespace SocialCare.Core.Classification.Crisis;

/// <summary>Every negative event counts on its channel and brand-wide.</summary>
public static class CrisisScopes
{
    public const string Brand = "brand";

    public static IReadOnlyList<string> For(string channelId) => [channelId, Brand];
}
