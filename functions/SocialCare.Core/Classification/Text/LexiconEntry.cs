namespace SocialCare.Core.Classification.Text;

/// <summary>Everything the lexicon knows about one word or stem: its own meanings and the phrases it starts.</summary>
internal sealed class LexiconEntry
{
    public List<(LexiconCategory Category, float Weight)> Meanings { get; } = [];
    public List<LexiconPhrase> PhraseStarts { get; } = [];
}
