namespace SocialCare.Core.Classification.Text;

/// <summary>One word of a lexicon term: an exact word, or a stem ("polec*") that matches any word starting with it.</summary>
internal sealed record TermPattern(string Text, bool IsStem)
{
    public static TermPattern Parse(string word) =>
        word.EndsWith('*') ? new TermPattern(word[..^1], IsStem: true) : new TermPattern(word, IsStem: false);

    public bool Matches(string token) => IsStem ? token.StartsWith(Text, StringComparison.Ordinal) : token == Text;
}
