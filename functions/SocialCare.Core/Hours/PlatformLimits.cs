namespace SocialCare.Core.Hours;

/// <summary>The longest post each platform accepts, in characters (UTF-16 code units, as the platforms count them
/// for these limits except X, where 280 is the safe bound for plain text).</summary>
public static class PlatformLimits
{
    private static readonly Dictionary<string, int> Limits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["facebook"] = 63206,
        ["instagram"] = 2200,
        ["x"] = 280,
        ["telegram"] = 4096,
        ["vk"] = 16384,
        ["whatsapp"] = 4096,
    };

    public static IReadOnlyCollection<string> Platforms => Limits.Keys;

    /// <exception cref="ArgumentException">The platform is not one of <see cref="Platforms"/>.</exception>
    public static int MaxPostLength(string platform) =>
        Limits.TryGetValue(platform, out var limit)
            ? limit
            : throw new ArgumentException($"No post length limit known for platform '{platform}'.", nameof(platform));
}
