using SocialCare.Adapters.Learning;
using SocialCare.Core.Classification;

namespace SocialCare.Adapters.Intent;

/// <summary>
/// Trains the intent model (<see cref="LinearTrainer"/>: hashed word and character n-grams beside the lexicon's
/// signals, labels the intents) and cross-validates it on the corpus.
/// </summary>
public static class IntentTrainer
{
    /// <summary>
    /// Chosen leave-one-writer-out on the corpus' first five writers (signals at a tenth): L2 0.1 read the writer left
    /// out best (0.818 / 0.815 / 0.825 en / pl / ru; 0.2: 0.810 / 0.813 / 0.822); the 0.01 chosen earlier by 5-fold
    /// cross-validation within the first writer fitted that writer's habits (0.719 / 0.714 / 0.723 with signals at 1).
    /// </summary>
    public const float L2 = 0.1f;

    public static IntentModel Train(IReadOnlyList<IntentExample> examples, IntentModelInfo info, float l2 = L2)
    {
        if (examples.Select(e => e.Intent).Distinct().Count() < 2) throw new ArgumentException("Training needs examples of at least two intents.", nameof(examples));
        var rows = examples.Select(e => new LinearExample(e.Text, IntentSignals.Of(e.Text), IntentNames.Of(e.Intent), e.Weight)).ToList();
        return new IntentModel(LinearTrainer.Train(rows, l2), info);
    }

    /// <summary>
    /// The priority model's L2: a few corrections must move messages like them. Tried on four corrections raising
    /// complaints about one made-up product to P2 (corpus of one writer and of all sixteen): at 0.1 they moved nothing
    /// (0.50–0.56 for P2 on new messages about that product, under <see cref="PriorityRules.LearnedConfidence"/>); at
    /// 0.01 they moved those (0.65–0.77) and not a message about another alarm ("my alarm clock stopped working" stays
    /// P3); weighted 10 instead of 3 they moved that one too.
    /// </summary>
    public const float PriorityL2 = 0.01f;

    /// <summary>Corpus messages a priority model reads beside the corrections, at most: enough to anchor the rules' levels.</summary>
    public const int PriorityAnchors = 2000;

    /// <summary>
    /// The priority model learned from the agents' priority corrections: each is labelled with the level the agent set,
    /// beside up to <see cref="PriorityAnchors"/> corpus messages (every n-th) labelled with the level the rules give
    /// them (their intent as labelled, the lexicon's sentiment and signals), so the model moves a level only for
    /// messages like the corrected ones. The rules' level is one of its features (<see cref="PrioritySignals"/>).
    /// </summary>
    public static LinearTextModel TrainPriority(IReadOnlyList<IntentExample> corpus, IReadOnlyList<PriorityExample> corrections, float weight, float l2 = PriorityL2)
    {
        var rules = new OfflineClassifier();
        var step = Math.Max(1, corpus.Count / PriorityAnchors);
        var anchors = corpus.Where((_, i) => i % step == 0).Select(e =>
        {
            var read = rules.Analyze(e.Text);
            var level = PriorityRules.Assess(e.Intent, read.Sentiment, read.Signals, null).Level;
            return new LinearExample(e.Text, PrioritySignals.Of(e.Text, level), Label(level));
        });
        var taught = corrections.Select(c => new LinearExample(c.Text, PrioritySignals.Of(c.Text, c.RuledLevel), Label(c.Level), weight));
        return LinearTrainer.Train([.. anchors, .. taught], l2);

        static string Label(int level) => level.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Stratified k-fold cross-validation (by language and intent): each fold is predicted by a model that never saw
    /// it. Accuracy per language per fold, and recall per intent over all folds.
    /// </summary>
    public static CrossValidation CrossValidate(IReadOnlyList<IntentExample> examples, int folds, float l2 = L2) =>
        CrossValidate(examples, folds, LinearTrainer.Folds(examples, folds, e => (e.Language, e.Intent)), l2);

    /// <summary>
    /// Leave-one-writer-out: each writer's messages are predicted by a model trained on the other writers' only, the
    /// nearest the corpus comes to people the model never read (k-fold mixes a writer's habits into train and test).
    /// </summary>
    public static CrossValidation CrossValidateByWriter(IReadOnlyList<IntentExample> examples, float l2 = L2)
    {
        var writers = Writers(examples);
        if (writers.Count < 2) throw new ArgumentException("Leave-one-writer-out needs at least two writers.", nameof(examples));
        var fold = writers.Select((writer, k) => (writer, k)).ToDictionary(p => p.writer, p => p.k, StringComparer.Ordinal);
        return CrossValidate(examples, writers.Count, [.. examples.Select(e => fold[e.Writer])], l2);
    }

    /// <summary>The writers in the order <see cref="CrossValidateByWriter"/> gives their folds.</summary>
    public static IReadOnlyList<string> Writers(IReadOnlyList<IntentExample> examples) =>
        [.. examples.Select(e => e.Writer).Distinct().Order(StringComparer.Ordinal)];

    private static CrossValidation CrossValidate(IReadOnlyList<IntentExample> examples, int folds, int[] fold, float l2)
    {
        var perFold = new List<IReadOnlyDictionary<string, double>>();
        var recall = new Dictionary<Core.Classification.Intent, (int Hit, int All)>();
        for (var k = 0; k < folds; k++)
        {
            var train = examples.Where((_, i) => fold[i] != k).ToList();
            var test = examples.Where((_, i) => fold[i] == k).ToList();
            var model = Train(train, new IntentModelInfo($"cv-{k}", DateTimeOffset.UnixEpoch, train.Count, 0, "", new Dictionary<string, double>()), l2);
            var byLanguage = new Dictionary<string, (int Hit, int All)>();
            foreach (var e in test)
            {
                var hit = model.Predict(e.Text, IntentSignals.Of(e.Text))?.Intent == e.Intent;
                var (h, a) = byLanguage.GetValueOrDefault(e.Language);
                byLanguage[e.Language] = (h + (hit ? 1 : 0), a + 1);
                var (rh, ra) = recall.GetValueOrDefault(e.Intent);
                recall[e.Intent] = (rh + (hit ? 1 : 0), ra + 1);
            }
            perFold.Add(byLanguage.ToDictionary(p => p.Key, p => (double)p.Value.Hit / p.Value.All));
        }
        return new CrossValidation(folds, perFold, recall.ToDictionary(p => p.Key, p => (double)p.Value.Hit / p.Value.All));
    }
}

/// <summary>Cross-validated figures: accuracy per language in each fold, recall per intent over all folds.</summary>
public sealed record CrossValidation(int Folds, IReadOnlyList<IReadOnlyDictionary<string, double>> AccuracyByFold, IReadOnlyDictionary<Core.Classification.Intent, double> Recall)
{
    public IEnumerable<string> Languages => AccuracyByFold.SelectMany(f => f.Keys).Distinct().Order(StringComparer.Ordinal);

    public (double Mean, double Spread) Accuracy(string language) =>
        LinearTrainer.MeanAndSpread([.. AccuracyByFold.Where(f => f.ContainsKey(language)).Select(f => f[language])]);
}
