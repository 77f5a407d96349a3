namespace SocialCare.Core.Classification.Text;

/// <summary>A multi-word term ("third time", "ни ногой"); it matches consecutive tokens after its first word.</summary>
internal sealed record LexiconPhrase(LexiconCategory Category, float Weight, IReadOnlyList<TermPattern> Rest)
{
    public bool MatchesAfter(IReadOnlyList<Token> tokens, int first)
    {
        if (first + Rest.Count >= tokens.Count) return false;
        for (var k = 0; k < Rest.Count; k++)
        {
            if (!Rest[k].Matches(tokens[first + 1 + k].Value)) return false;
        }
        return true;
    }
}
