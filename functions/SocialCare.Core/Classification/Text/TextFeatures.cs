namespace SocialCare.Core.Classification.Text;

/// <summary>What the lexicon found in one message: positive and negative weight after negation, and hits per category.</summary>
internal sealed class TextFeatures(TokenizedText text)
{
    private readonly float[] _hits = new float[Enum.GetValues<LexiconCategory>().Length];

    public TokenizedText Text { get; } = text;
    public float Positive { get; set; }
    public float Negative { get; set; }
    public float Score => Positive - Negative;
    public bool OpensWithQuestionWord { get; set; }

    /// <summary>Sentiment weight before contrast damping: both sides of "good, but bad" stay visible for "mixed".</summary>
    public float RawPositive { get; set; }
    public float RawNegative { get; set; }

    /// <summary>Raw positive minus raw negative before the first contrast word ("miła, ale…"); null without one.</summary>
    public float? LeadScore { get; set; }

    public float this[LexiconCategory category]
    {
        get => _hits[(int)category];
        set => _hits[(int)category] = value;
    }
}
