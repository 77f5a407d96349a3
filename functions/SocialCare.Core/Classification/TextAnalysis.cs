namespace SocialCare.Core.Classification;

/// <summary>
/// The offline classifier's full verdict on a text, including what <see cref="Classification"/> does not carry:
/// whether the text is offensive (an insult or swearing), which the evaluation maps to the offensive task.
/// </summary>
public sealed record TextAnalysis(
    string Language,
    Sentiment Sentiment,
    double SentimentConfidence,
    Intent Intent,
    IReadOnlyList<string> Signals,
    bool Offensive);
