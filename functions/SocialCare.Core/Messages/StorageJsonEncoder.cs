using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace SocialCare.Core.Messages;

/// <summary>
/// Escapes only what JSON itself requires (quote, backslash, control characters) and writes every other character as
/// it is, emoji included. The built-in encoders escape non-ASCII (Default) or at least characters outside the Basic
/// Multilingual Plane (UnsafeRelaxedJsonEscaping) as \uXXXX: six characters for one, so an 8,000-character Russian or
/// emoji text outgrew Table Storage's 32K-character property and the 64 KiB queue message. Our JSON goes to tables and
/// queues, never into an HTML page or a script, so HTML-sensitive characters need no escaping either.
/// </summary>
public sealed class StorageJsonEncoder : JavaScriptEncoder
{
    public static StorageJsonEncoder Instance { get; } = new();

    private StorageJsonEncoder()
    {
    }

    // A lone surrogate is replaced by U+FFFD before it gets here; the longest escape is \uXXXX.
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c < 0x20 || c is '"' or '\\') return i;
            if (!char.IsSurrogate(c)) continue;
            // A well-formed pair passes; a lone surrogate goes to the encoder, which writes U+FFFD.
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) i++;
            else return i;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        var escaped = Escape(unicodeScalar);
        if (escaped is null)
        {
            // Not ours to escape: written as it is (one char, or a surrogate pair).
            return new Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten);
        }
        numberOfCharactersWritten = 0;
        if (!escaped.AsSpan().TryCopyTo(destination)) return false;
        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => Escape(unicodeScalar) is not null;

    private static string? Escape(int scalar) => scalar switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        < 0x20 => "\\u" + scalar.ToString("X4", CultureInfo.InvariantCulture),
        _ => null,
    };
}
