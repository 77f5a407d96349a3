using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Core.Messages;

/// <summary>
/// Service Bus refuses a MessageId over 128 characters, and ids derived from platform event ids can be longer (a
/// long platform id, an ":edited:" suffix). A longer id keeps a readable head and ends in a SHA-256 digest of the
/// whole id, so the same event always gets the same id and duplicate detection still drops platform retries.
/// </summary>
public static class QueueMessageId
{
    public const int MaxLength = 128;
    private const int HeadLength = 80;
    private const string Separator = ":h:";

    public static string Bounded(string id)
    {
        if (id.Length <= MaxLength) return id;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        var head = char.IsHighSurrogate(id[HeadLength - 1]) ? id[..(HeadLength - 1)] : id[..HeadLength];
        return head + Separator + Base64Url.EncodeToString(hash);
    }
}
