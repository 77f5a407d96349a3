namespace SocialCare.Core.Classification.Text;

/// <summary>
/// A message cut into tokens, with the surface cues that tokens lose (punctuation, links, mentions, letter scripts).
/// <paramref name="PressMarks"/>: low opening quotes („) and en dashes (–), the typography of edited news text.
/// </summary>
internal sealed record TokenizedText(
    IReadOnlyList<Token> Tokens,
    int QuestionMarks,
    int ExclamationMarks,
    int Urls,
    int Mentions,
    int CyrillicLetters,
    int LatinLetters,
    int PolishLetters,
    int UpperCaseLetters,
    int PressMarks = 0);
