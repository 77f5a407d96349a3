using System.Buffers;

namespace SocialCare.Functions.Webhooks;

/// <summary>Reads the raw body, exact bytes, stopping as soon as it passes the limit.</summary>
public static class RequestBody
{
    /// <returns>The bytes, or null when the body is larger than <paramref name="limit"/>.</returns>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var capacity = request.ContentLength is long length and <= int.MaxValue ? (int)length : 16 * 1024;
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1, Math.Min(capacity, (int)Math.Min(limit, int.MaxValue))));
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0) return buffer.WrittenMemory;
            buffer.Advance(read);
            if (buffer.WrittenCount > limit) return null;
        }
    }
}
