using SocialCare.Core.Classification.Text;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Classification;

/// <summary>
/// Rules and hand-written lexicons for Polish, Russian and English (see <c>Lexicons/*.txt</c>): no network, no model,
/// no shared mutable state, so one instance serves every thread. Also the fallback when Azure AI Language is down.
/// </summary>
public sealed class OfflineClassifier(OfflineClassifierOptions options) : ITextClassifier
{

    public OfflineClassifier() : this(new OfflineClassifierOptions())
    {
    }

    public ValueTask<Classification> ClassifyAsync(ClassificationInput input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Classify(input));

    public Classification Classify(ClassificationInput input)
    {
        var analysis = Analyze(input.Text, input.AuthorFollowers);
        var priority = PriorityRules.Assess(analysis.Intent, analysis.Sentiment, analysis.Signals, input.AuthorFollowers);
        return new Classification(analysis.Language, analysis.Sentiment, analysis.SentimentConfidence, analysis.Intent,
            analysis.Signals, priority, Classification.SourceOffline);
    }

    public TextAnalysis Analyze(string text, long? authorFollowers = null)
    {
        var features = LexiconScorer.Score(Tokenizer.Tokenize(text), Lexicon.Embedded);
        var language = LanguageDetector.Detect(features);
        var (sentiment, confidence) = SentimentDecider.Decide(features, language);
        var intent = IntentDecider.Decide(features, sentiment);
        var signals = SignalDetector.Detect(features, authorFollowers, options);
        var offensive = intent == Intent.Abuse || features[LexiconCategory.Insult] + features[LexiconCategory.Profanity] >= 1;
        return new TextAnalysis(language, sentiment, confidence, intent, signals, offensive);
    }
}
