using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Language;

/// <summary>What the service contributes to a classification: the language (pl, ru, en, other) and the sentiment.</summary>
public sealed record LanguageServiceResult(string Language, Sentiment Sentiment, double SentimentConfidence);
