namespace SocialCare.Core.Classification.Text;

/// <summary>One normalized word or emoji of a message, lower-cased, with "ё" folded to "е" and curly apostrophes straightened.</summary>
internal readonly record struct Token(string Value, bool IsEmoji);
