using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Adapters.Webhooks;

/// <summary>HMAC signatures and secrets compared in constant time, so timing reveals nothing.</summary>
public static class SignatureComparer
{
    public static byte[] HmacSha256(string key, ReadOnlySpan<byte> data) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), data);

    /// <summary>"sha256=&lt;lowercase hex&gt;" header against HMAC-SHA256(key, body).</summary>
    public static bool HexHeaderMatches(string? header, string key, ReadOnlySpan<byte> body)
    {
        if (header is null || !header.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase)) return false;
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HmacSha256(key, body)));
        var given = Encoding.ASCII.GetBytes(header[7..].Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>"sha256=&lt;base64&gt;" header against HMAC-SHA256(key, body) (X).</summary>
    public static bool Base64HeaderMatches(string? header, string key, ReadOnlySpan<byte> body)
    {
        if (header is null || !header.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase)) return false;
        var expected = Encoding.ASCII.GetBytes(Convert.ToBase64String(HmacSha256(key, body)));
        var given = Encoding.ASCII.GetBytes(header[7..].Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>A shared secret (Telegram header, VK body field) against the configured one.</summary>
    public static bool SecretMatches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
