using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Core.Events;

/// <summary>Builds the ids that make redeliveries harmless.</summary>
public static class EventIds
{
    public static string For(string platform, string platformEventId) => $"{platform}:{platformEventId}";

    /// <summary>A short, stable, key-safe digest (Table keys forbid '/', '\\', '#', '?').</summary>
    public static string Digest(string value, int length = 24)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), hash);
        return Convert.ToHexStringLower(hash)[..length];
    }

    /// <summary>
    /// A customer's text as the pipeline carries and stores it: at most <see cref="InboundEvent.MaxTextLength"/>
    /// characters. A longer text is cut and ends with a marker that keeps the original length, so the agent sees that
    /// (and how much) is missing; the platform keeps the original.
    /// </summary>
    public static string Clip(string text)
    {
        if (text.Length <= InboundEvent.MaxTextLength) return text;
        var marker = string.Create(CultureInfo.InvariantCulture, $"… [cut: {text.Length:N0} characters in the original]");
        return Clip(text, InboundEvent.MaxTextLength - marker.Length) + marker;
    }

    /// <summary>Cuts text to <paramref name="max"/> characters without splitting a surrogate pair.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut];
    }
}
