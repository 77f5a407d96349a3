namespace SocialCare.Core.Classification;

/// <summary>
/// Cuts a text to a service's document limit at the last sentence end that fits (else the last space, else the
/// limit itself, never inside a surrogate pair), so the service still reads whole sentences.
/// </summary>
public static class DocumentTruncation
{
    public static (string Text, bool Truncated) Cut(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (text.Length <= limit) return (text, false);
        var sentenceEnd = LastSentenceEnd(text, limit);
        if (sentenceEnd >= limit / 2) return (text[..sentenceEnd].TrimEnd(), true);
        var space = text.LastIndexOf(' ', limit - 1, limit);
        if (space >= limit / 2) return (text[..space], true);
        var cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return (text[..cut], true);
    }

    /// <summary>Length of the prefix ending just after the last '.', '!', '?', '…' or line break followed by white space.</summary>
    private static int LastSentenceEnd(string text, int limit)
    {
        for (var i = limit - 1; i > 0; i--)
        {
            if (text[i - 1] is '.' or '!' or '?' or '…' or '\n' && char.IsWhiteSpace(text[i])) return i;
        }
        return 0;
    }
}
