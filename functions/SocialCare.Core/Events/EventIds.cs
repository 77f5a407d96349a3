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

    /// <summary>Cuts text to the queue limit without splitting a surrogate pair.</summary>
    public static string Clip(string text, int max = InboundEvent.MaxTextLength)
    {
        if (text.Length <= max) return text;
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut];
    }
}
