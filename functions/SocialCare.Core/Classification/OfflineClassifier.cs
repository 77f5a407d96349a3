using SocialCare.Core.Classification.Text;
using SocialCare.Core.Ports;

namespace SocialCare.Core.Classification;

/// <summary>
/// Hand-written lexicons for Polish, Russian and English (see <c>Lexicons/*.txt</c>) for language, sentiment and
/// signals; intent from a learned model (<see cref="IIntentModel"/>) when one is given, which weighs the words beside
/// the lexicon's signals, else from the lexicon's rules; sentiment likewise from a learned model for the languages it
/// reads (<see cref="ISentimentModel"/>) when it is sure, else from the lexicon; the language of a text with letters from a
/// learned model (<see cref="ILanguageModel"/>) when one is given, else from the lexicon. The intent model is given the
/// lexicon's own sentiment and language, as it was trained. No network, no shared mutable state, so one instance serves
/// every thread. Also the fallback when Azure AI Language is down.
/// </summary>
public sealed class OfflineClassifier(OfflineClassifierOptions options, IIntentModel? intents = null, ISentimentModel? sentiments = null, ILanguageModel? languages = null) : ITextClassifier
{
    public OfflineClassifier() : this(new OfflineClassifierOptions())
    {
    }

    public OfflineClassifier(IIntentModel? intents, ISentimentModel? sentiments = null, ILanguageModel? languages = null) : this(new OfflineClassifierOptions(), intents, sentiments, languages)
    {
    }

    /// <summary>How sure the model must be of an abusive intent when the text holds no insult or swearing.</summary>
    public const float AbuseWithoutInsultConfidence = 0.5f;

    /// <summary>Below this confidence in its first choice, the model's second choice of complaint stands when the lexicon's rules read a complaint too.</summary>
    public const float ComplaintAgreementConfidence = 0.6f;

    /// <summary>Below this confidence in a question or "other", the lexicon's reading of a complaint stands.</summary>
    public const float ComplaintOverQuestionConfidence = 0.7f;

    /// <summary>
    /// Up to this many words, a text the lexicon reads strongly negative ("кошмар!!!", "masakra", "nightmare"), with no
    /// insult or swearing, is a complaint where the model read "other", or praise without being sure: the labelling guide
    /// calls a lone word of dismay a complaint, since the agent's answer is "what happened?".
    /// </summary>
    public const int LoneDismayWords = 2;

    /// <summary>The lexicon's negative weight (sentiment words, complaint cues) that makes a few words a word of dismay.</summary>
    public const float LoneDismayWeight = 2f;

    /// <summary>How sure the model must be of praise for a lone word of dismay to stay praise (sarcasm, slang).</summary>
    public const float LoneDismayPraiseConfidence = 0.5f;

    /// <summary>How sure a learned sentiment model must be for its label to replace the lexicon's.</summary>
    public const float LearnedSentimentConfidence = 0.9f;

    /// <summary>
    /// Up to this many words, a learned sentiment model may not turn the lexicon's positive into negative or back: it
    /// learned a word such as "super" mostly inside sarcastic sentences, and alone, with nothing else to weigh, that word
    /// decides (the Polish model read "super" negative, 0.94 sure). In 5-fold cross-validation over the care messages this
    /// changed no prediction in any language; it may still move a short text to or from neutral.
    /// </summary>
    public const int ShortTextWords = 2;

    /// <summary>The intent model this classifier reads (it may also have learned priority); null: the rules decide.</summary>
    public IIntentModel? IntentModel => intents;

    public ValueTask<Classification> ClassifyAsync(ClassificationInput input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Classify(input));

    public Classification Classify(ClassificationInput input)
    {
        var (analysis, intentSignals) = AnalyzeWithSignals(input.Text, input.AuthorFollowers);
        var priority = PriorityRules.Assess(analysis.Intent, analysis.Sentiment, analysis.Signals, input.AuthorFollowers, input.Text, intents, intentSignals);
        return new Classification(analysis.Language, analysis.Sentiment, analysis.SentimentConfidence, analysis.Intent,
            analysis.Signals, priority, Classification.SourceOffline, Offensive: analysis.Offensive);
    }

    public TextAnalysis Analyze(string text, long? authorFollowers = null) => AnalyzeWithSignals(text, authorFollowers).Analysis;

    // The analysis, and the lexicon's signals the intent model read (a learned priority reads them too).
    private (TextAnalysis Analysis, float[] IntentSignals) AnalyzeWithSignals(string text, long? authorFollowers)
    {
        var features = LexiconScorer.Score(Tokenizer.Tokenize(text), Lexicon.Embedded);
        // The lexicon's rules read with the lexicon's language, as the models learned them; the learned language model,
        // when given, names the language reported and the sentiment model that reads the text. Text without letters,
        // or in a language the corpus has none of, stays "other".
        var ruledLanguage = LanguageDetector.Detect(features);
        var language = languages is null || ruledLanguage == LanguageDetector.Other ? ruledLanguage : languages.Predict(text, LanguageSignals.Reading(ruledLanguage)) ?? ruledLanguage;
        var (sentiment, confidence) = SentimentDecider.Decide(features, ruledLanguage);
        var ruled = IntentDecider.Decide(features, sentiment);
        var intentSignals = IntentSignals.Of(features, ruled, sentiment);
        var guess = intents?.Predict(text, intentSignals);
        var intent = guess?.Intent ?? ruled;
        // A complaint is routed to the care specialists; read as a question it waits in first line. When the model is
        // unsure, its second choice is a complaint and the lexicon's rules read one too, two readers agree: a complaint.
        if (guess is { Confidence: < ComplaintAgreementConfidence, RunnerUp: Intent.Complaint } && ruled == Intent.Complaint) intent = Intent.Complaint;
        // A fault told as a question ("my earphones are falling apart, how do I get them repaired?") reads to the model,
        // which learned from the team's messages, as a question or nothing much; the lexicon sees the fault. Where the
        // model is not sure of its question or "other", the rules' complaint stands: on public posts to brands (a half of
        // the complaint dev set) 0.771 -> 0.793 macro-F1, on care messages of writers the model never saw -0.1 to -0.2
        // points of accuracy (docs/classification.md).
        if (guess is { Intent: Intent.Question or Intent.Other, Confidence: < ComplaintOverQuestionConfidence } && ruled == Intent.Complaint) intent = Intent.Complaint;
        var insulting = features[LexiconCategory.Insult] + features[LexiconCategory.Profanity] >= 1;
        // Abuse is hidden and counts towards blocking the author, so harsh criticism read as abuse would silence a
        // critic: without an insult or swearing the lexicon knows, the model must be more sure than not, else its
        // second choice stands (most often a complaint).
        // A compliment is no fallback for a text the lexicon reads negative ("scam" alone: abuse 0.46, then praise): there
        // the criticism is a complaint.
        if (intent == Intent.Abuse && !insulting && guess is { Confidence: < AbuseWithoutInsultConfidence, RunnerUp: { } second })
        {
            intent = second == Intent.Praise && sentiment == Sentiment.Negative ? Intent.Complaint : second;
        }
        // The learned sentiment model read the team's own texts; on writing unlike them (another domain) it is less sure,
        // and there the lexicon, written for any text, keeps the say.
        if (sentiments is not null && sentiments.Reads(language) && sentiments.Predict(language, text, SentimentSignals.Of(features, sentiment)) is { } learned
            && learned.Confidence >= LearnedSentimentConfidence
            && !(Opposite(learned.Sentiment, sentiment) && features.Text.Tokens.Count(t => !t.IsEmoji) <= ShortTextWords))
        {
            (sentiment, confidence) = (learned.Sentiment, Math.Round(learned.Confidence, 2));
        }
        // A lone word of dismay: the corpus holds few, and with a word and its punctuation to weigh ("кошмар!!!") the model
        // reads "other", which crisis detection does not count, or praise, which sarcasm taught it.
        if ((intent == Intent.Other || (intent == Intent.Praise && guess is { Confidence: < LoneDismayPraiseConfidence }))
            && !insulting && IsLoneDismay(features)) intent = Intent.Complaint;
        var signals = SignalDetector.Detect(features, authorFollowers, options);
        var offensive = intent == Intent.Abuse || insulting;
        return (new TextAnalysis(language, sentiment, confidence, intent, signals, offensive), intentSignals);
    }

    // The words must carry the dismay: a sigh about the weather or a Monday takes its weight from the emoji ("monday
    // again 😩"), and that is "other".
    private static bool IsLoneDismay(TextFeatures features)
    {
        var tokens = features.Text.Tokens;
        // Counting stops past the limit: a long message read as "other" is not walked to its end.
        var wordCount = tokens.Where(t => !t.IsEmoji).Take(LoneDismayWords + 1).Count();
        if (wordCount is 0 or > LoneDismayWords) return false;
        var read = wordCount == tokens.Count ? features : LexiconScorer.Score(features.Text with { Tokens = [.. tokens.Where(t => !t.IsEmoji)] }, Lexicon.Embedded);
        return SentimentDecider.NegativeWeight(read) >= LoneDismayWeight && read.Positive < LoneDismayWeight / 2;
    }

    private static bool Opposite(Sentiment a, Sentiment b) =>
        (a, b) is (Sentiment.Positive, Sentiment.Negative) or (Sentiment.Negative, Sentiment.Positive);
}
