using SocialCare.Adapters.Learning;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Evaluation;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Classification;

/// <summary>The learned sentiment models (Polish, Russian, English): shipped from the texts ./run train reads, saved and loaded whole, and heeded only when sure.</summary>
public sealed class SentimentModelTests
{
    private static readonly IReadOnlyList<SentimentExample> Small =
    [
        new("Polecam, wspaniała obsługa i miła pani doktor.", Sentiment.Positive), new("Super, wszystko szybko i sprawnie!", Sentiment.Positive),
        new("Masakra, nikt nie odbiera telefonu.", Sentiment.Negative), new("Nie polecam, czekałam trzy miesiące na wynik.", Sentiment.Negative),
        new("Wizyta odbyła się we wtorek.", Sentiment.Neutral), new("Byłem na konsultacji w marcu.", Sentiment.Neutral),
        new("Lekarz miły, ale rejestracja to porażka.", Sentiment.Mixed), new("Jedzenie dobre, tylko pokój zimny.", Sentiment.Mixed),
    ];

    [SkippableTheory]
    [InlineData("pl")]
    [InlineData("ru")]
    [InlineData("en")]
    public void The_shipped_model_is_trained_from_the_texts_train_reads(string language)
    {
        var shipped = SentimentModel.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Models"), language);
        string[] paths = [.. SocialCare.Functions.Evaluation.TrainCommand.DefaultTexts.Split(',').Select(f => Path.Combine(RepoPaths.Root, f)), Path.Combine(RepoPaths.Root, "data", "care")];
        // The public English tweets sit beside the repository, not in it: a clone without them cannot check English.
        Skip.If(language == "en" && !File.Exists(Path.Combine(RepoPaths.Root, SocialCare.Functions.Evaluation.TrainCommand.PublicEnglishTweets)), $"{SocialCare.Functions.Evaluation.TrainCommand.PublicEnglishTweets} is not beside the repository");

        Assert.NotNull(shipped);
        Assert.Equal(language, shipped.Language);
        var (examples, digest) = SentimentTrainer.Read(language, [.. paths.Where(p => File.Exists(p) || Directory.Exists(p))]);
        Assert.True(digest == shipped.Digest, $"{SocialCare.Functions.Evaluation.TrainCommand.DefaultTexts} or data/care changed since the shipped {language} sentiment model was trained ({shipped.Digest}): run ./run train --only sentiment");
        Assert.Equal(examples.Count, shipped.Examples);
    }

    [Fact]
    public void The_app_ships_a_model_for_each_language_train_writes()
    {
        var shipped = new ShippedSentimentModel();

        Assert.Equal(["pl", "ru", "en"], SentimentTrainer.Languages);
        Assert.All(SentimentTrainer.Languages, language => Assert.True(shipped.Reads(language), language));
        Assert.NotNull(shipped.Predict("en", "great, thanks", SentimentSignals.Of("great, thanks")));
        Assert.False(shipped.Reads("de"));
    }

    [Fact]
    public void Texts_are_read_from_a_file_or_a_folder_and_only_in_the_language_trained()
    {
        var folder = Directory.CreateTempSubdirectory("sentiment-texts-").FullName;
        var file = Path.Combine(folder, "tweets.dev.jsonl");
        File.WriteAllLines(file,
        [
            """{"id":"1","lang":"en","task":"sentiment","label":"negative","text":"worst update ever"}""",
            """{"id":"2","lang":"pl","task":"sentiment","label":"positive","text":"polecam"}""",
            """{"id":"3","lang":"en","task":"offensive","label":"offensive","text":"you idiot"}""",
        ]);
        var reviews = Directory.CreateDirectory(Path.Combine(folder, "reviews")).FullName;
        File.WriteAllLines(Path.Combine(reviews, "en.jsonl"), ["""{"id":"r1","lang":"en","sentiment":"positive","text":"lovely staff"}"""]);

        var (english, digest) = SentimentTrainer.Read("en", file, reviews);
        File.AppendAllLines(file, ["""{"id":"4","lang":"pl","task":"sentiment","label":"negative","text":"masakra"}"""]);
        var (again, digestAgain) = SentimentTrainer.Read("en", file, reviews);
        var (polish, polishDigest) = SentimentTrainer.Read("pl", file, reviews);

        Assert.Equal([("worst update ever", Sentiment.Negative, "tweets.dev"), ("lovely staff", Sentiment.Positive, "reviews")], english.Select(e => (e.Text, e.Sentiment, e.Source)));
        Assert.Equal((english.Count, digest), (again.Count, digestAgain)); // a Polish line more does not make the English model stale
        Assert.Equal(2, polish.Count);
        Assert.NotEqual(digest, polishDigest);
    }

    [Fact]
    public void Models_in_a_folder_each_read_their_own_language()
    {
        var folder = Directory.CreateTempSubdirectory("sentiment-").FullName;
        Save(SentimentTrainer.Train("pl", Small, "pl-small"), Path.Combine(folder, SentimentModel.FileOf("pl")));
        Save(SentimentTrainer.Train("ru", [.. Small.Select(e => e with { Text = e.Text + " спасибо" })], "ru-small"), Path.Combine(folder, SentimentModel.FileOf("ru")));

        var models = SentimentModels.LoadFrom(folder);

        Assert.Equal(["pl", "ru"], models.Languages.Order(StringComparer.Ordinal));
        Assert.NotNull(models.Predict("pl", "Polecam!", SentimentSignals.Of("Polecam!")));
        Assert.Null(models.Predict("en", "Great!", SentimentSignals.Of("Great!")));
        Assert.Empty(SentimentModels.LoadFrom(Path.Combine(folder, "nope")).Languages);
    }

    private static void Save(SentimentModel model, string path)
    {
        using var stream = File.Create(path);
        model.Save(stream);
    }

    [Fact]
    public void A_saved_model_loads_and_predicts_what_it_predicted_before()
    {
        var model = SentimentTrainer.Train("pl", Small, "small");
        using var saved = new MemoryStream();

        model.Save(saved);
        saved.Position = 0;
        var loaded = SentimentModel.Load(saved);

        Assert.Equal(("pl", "small", Small.Count), (loaded.Language, loaded.Digest, loaded.Examples));
        foreach (var text in new[] { "Polecam każdemu!", "Nikt nie odbiera, masakra.", "Wizyta w piątek.", "Miło, ale drogo." })
        {
            Assert.Equal(model.Predict(text, SentimentSignals.Of(text)), loaded.Predict(text, SentimentSignals.Of(text)));
        }
    }

    [Fact]
    public void A_model_reading_the_text_another_model_just_read_predicts_as_if_alone()
    {
        var polish = SentimentTrainer.Train("pl", Small, "pl");
        var other = SentimentTrainer.Train("pl", [.. Small.Select(e => e with { Text = "zupełnie inne słowa " + e.Text })], "other");
        var text = "Rejestracja to porażka, ale lekarz bardzo miły.";
        var alone = polish.Predict(new string(text.AsSpan()), SentimentSignals.Of(text));

        other.Predict(text, SentimentSignals.Of(text));
        var after = polish.Predict(text, SentimentSignals.Of(text));
        polish.Predict("Polecam!", SentimentSignals.Of("Polecam!"));

        Assert.Equal(alone, after);
        Assert.Equal(alone, polish.Predict(text, SentimentSignals.Of(text)));
    }

    [Fact]
    public void Cross_validation_reports_the_model_alone_and_read_as_the_classifier_reads_it()
    {
        // Each text twice under each of the four labels, and each its own source: stratified by source and label, every
        // fold learns each text once under every label, so no fold's model can be sure and the classifier's reading of
        // every held-out text is the lexicon's, while the model alone picks one of the four.
        var examples = Small.SelectMany(e => Enum.GetValues<Sentiment>().SelectMany(s => Enumerable.Repeat(e with { Sentiment = s, Source = e.Text }, 2))).ToList();
        var lexicon = Small.ToDictionary(e => e.Text, e => new OfflineClassifier().Analyze(e.Text).Sentiment);
        var fold = LinearTrainer.Folds(examples, 2, e => (e.Source, e.Sentiment));

        var scores = SentimentTrainer.CrossValidate("pl", examples, folds: 2);

        Assert.Equal(["", .. Small.Select(e => e.Text).Order(StringComparer.Ordinal)], scores.Keys.Order(StringComparer.Ordinal));
        Assert.All(scores.Values, s => Assert.Equal((2, 2), (s.Model.Count, s.Classifier.Count)));
        for (var k = 0; k < 2; k++)
        {
            var model = SentimentTrainer.Train("pl", [.. examples.Where((_, i) => fold[i] != k)], "precondition");
            var held = examples.Where((_, i) => fold[i] == k).ToList();
            Assert.All(held, e => Assert.True(model.Predict(e.Text, SentimentSignals.Of(e.Text)).Confidence < OfflineClassifier.LearnedSentimentConfidence, e.Text));
            var matrix = new ConfusionMatrix();
            foreach (var e in held) matrix.Add(SentimentModel.Name(e.Sentiment), SentimentModel.Name(lexicon[e.Text]));
            Assert.Equal(matrix.MacroF1(), scores[""].Classifier[k], 6);
        }
    }

    [Fact]
    public void Another_file_is_refused_instead_of_misread()
    {
        var refused = Assert.Throws<InvalidDataException>(() => SentimentModel.Load(new MemoryStream(new byte[64])));

        Assert.Contains("Not a sentiment model file", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Paczka przyszła wczoraj.", 0.95f, Sentiment.Mixed)] // sure, and Polish: the model's label
    [InlineData("Paczka przyszła wczoraj.", 0.60f, null)] // unsure: the lexicon's
    [InlineData("The parcel came yesterday.", 0.95f, null)] // a language it does not read: the lexicon's
    public void The_classifier_takes_a_sure_models_sentiment_for_the_language_it_reads_and_the_lexicons_otherwise(string text, float confidence, Sentiment? expected)
    {
        var lexicon = new OfflineClassifier().Classify(new ClassificationInput(text)).Sentiment;

        var classification = new OfflineClassifier(null, new Fixed(new SentimentGuess(Sentiment.Mixed, confidence))).Classify(new ClassificationInput(text));

        Assert.NotEqual(Sentiment.Mixed, lexicon);
        Assert.Equal(expected ?? lexicon, classification.Sentiment);
    }

    [Theory]
    [InlineData("świetne", Sentiment.Negative, Sentiment.Positive)] // one word: the model may not turn the lexicon's positive negative
    [InlineData("świetna obsługa 👏", Sentiment.Negative, Sentiment.Positive)] // two words, emoji aside
    [InlineData("świetne", Sentiment.Neutral, Sentiment.Neutral)] // but it may make it neutral
    [InlineData("świetna obsługa, gratuluję", Sentiment.Negative, Sentiment.Negative)] // three words: the model's
    public void A_sure_model_does_not_turn_a_one_or_two_word_texts_polarity(string text, Sentiment learned, Sentiment expected)
    {
        var lexicon = new OfflineClassifier().Classify(new ClassificationInput(text));

        var classification = new OfflineClassifier(null, new Fixed(new SentimentGuess(learned, 0.99f))).Classify(new ClassificationInput(text));

        Assert.Equal(("pl", Sentiment.Positive), (lexicon.Language, lexicon.Sentiment));
        Assert.Equal(expected, classification.Sentiment);
    }

    [Fact]
    public void The_shipped_models_leave_a_polish_super_positive()
    {
        var classification = new OfflineClassifier(null, new ShippedSentimentModel(), new ShippedLanguageModel()).Classify(new ClassificationInput("super buty"));

        Assert.Equal(("pl", Sentiment.Positive), (classification.Language, classification.Sentiment));
    }

    // A lone "super" is Polish and English alike: the language model is a coin flip on it (0.485 English with thirty
    // writers), and the English model, which learned the Super Bowl's tweets, reads it neutral. Never negative: that
    // would count a one-word compliment as a negative mention.
    [Theory]
    [InlineData("super")]
    [InlineData("super!")]
    public void The_shipped_models_never_read_a_lone_super_negative(string text)
    {
        var classification = new OfflineClassifier(null, new ShippedSentimentModel(), new ShippedLanguageModel()).Classify(new ClassificationInput(text));

        Assert.NotEqual(Sentiment.Negative, classification.Sentiment);
        Assert.False(classification.IsNegative);
    }

    private sealed class Fixed(SentimentGuess guess) : ISentimentModel
    {
        public bool Reads(string language) => language == "pl";

        public SentimentGuess? Predict(string language, string text, float[] signals) => Reads(language) ? guess : null;
    }
}
