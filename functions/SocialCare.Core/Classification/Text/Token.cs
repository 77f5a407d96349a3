namespace SocialCare.Core.Classification.Text;

/// <summary>
/// One normalized word or emoji of a message, lower-cased, with "ё" folded to "е" and curly apostrophes straightened.
/// <paramref name="AfterBreak"/>: a comma, full stop or other clause punctuation came just before it.
/// </summary>
internal readonly record struct Token(string Value, bool IsEmoji, bool AfterBreak = false);
