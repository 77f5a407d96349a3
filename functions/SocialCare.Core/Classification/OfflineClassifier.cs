using SocialCare.Core.Classification.Text;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Classification;

/// <summary>
/// Hand-written lexicons for Polish, Russian and English (see <c>Lexicons/*.txt</c>) for language, sentiment and
/// signals; intent from a learned model (<see cref="IIntentModel"/>) when one is given, which weighs the words beside
/// the lexicon's signals, else from the lexicon's rules. No network, no shared mutable state, so one instance serves
/// every thread. Also the fallback when Azure AI Language is down.
/// </summary>
public sealed class OfflineClassifier(OfflineClassifierOptions options, IIntentModel? intents = null) : ITextClassifier
{
    public OfflineClassifier() : this(new OfflineClassifierOptions())
    {
    }

    public OfflineClassifier(IIntentModel? intents) : this(new OfflineClassifierOptions(), intents)
    {
    }

    public ValueTask<Classification> ClassifyAsync(ClassificationInput input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Classify(input));

    public Classification Classify(ClassificationInput input)
    {
        var analysis = Analyze(input.Text, input.AuthorFollowers);
        var priority = PriorityRules.Assess(analysis.Intent, analysis.Sentiment, analysis.Signals, input.AuthorFollowers);
        return new Classification(analysis.Language, analysis.Sentiment, analysis.SentimentConfidence, analysis.Intent,
            analysis.Signals, priority, Classification.SourceOffline, Offensive: analysis.Offensive);
    }

    public TextAnalysis Analyze(string text, long? authorFollowers = null)
    {
        var features = LexiconScorer.Score(Tokenizer.Tokenize(text), Lexicon.Embedded);
        var language = LanguageDetector.Detect(features);
        var (sentiment, confidence) = SentimentDecider.Decide(features, language);
        var ruled = IntentDecider.Decide(features, sentiment);
        var intent = intents?.Predict(text, IntentSignals.Of(features, ruled, sentiment))?.Intent ?? ruled;
        var signals = SignalDetector.Detect(features, authorFollowers, options);
        var offensive = intent == Intent.Abuse || features[LexiconCategory.Insult] + features[LexiconCategory.Profanity] >= 1;
        return new TextAnalysis(language, sentiment, confidence, intent, signals, offensive);
    }
}
