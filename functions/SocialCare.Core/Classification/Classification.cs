namespace SocialCare.Core.Classification;

/// <summary>
/// What the Classify step decided about one message; routing and notifications read only this. <see cref="Offensive"/>:
/// the offensive detector (an insult or swearing, or an abusive intent), whose figures <c>./run eval</c> reports on the
/// offensive set; moderation hides on it.
/// </summary>
public sealed record Classification(
    string Language,
    Sentiment Sentiment,
    double SentimentConfidence,
    Intent Intent,
    IReadOnlyList<string> Signals,
    PriorityAssessment Priority,
    string Source,
    ModerationVerdict? Moderation = null,
    bool TextTruncated = false,
    bool Offensive = false)
{
    public const string SourceOffline = "offline";
    public const string SourceAzureLanguage = "azure-language";

    public bool Has(string signal) => Signals.Contains(signal);

    /// <summary>Negative events feed crisis detection: negative sentiment or a complaint.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsNegative => Sentiment == Sentiment.Negative || Intent == Intent.Complaint;
}

/// <summary>1 is the most urgent. The reasons say why, in words an agent understands.</summary>
public sealed record PriorityAssessment(int Level, IReadOnlyList<string> Reasons)
{
    public static PriorityAssessment Normal { get; } = new(3, ["normal"]);
    public string Label => $"P{Level}";
}

/// <summary>What house rules say to do with a public comment; null action means leave it alone.</summary>
public sealed record ModerationVerdict(string? Action, string Reason);
