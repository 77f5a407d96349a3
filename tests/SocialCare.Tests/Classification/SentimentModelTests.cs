using SocialCare.Adapters.Learning;
using SocialCare.Core.Classification;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Classification;

/// <summary>The learned Polish sentiment model: shipped from the team's texts, saved and loaded whole, and heeded only when sure.</summary>
public sealed class SentimentModelTests
{
    private static readonly IReadOnlyList<SentimentExample> Small =
    [
        new("Polecam, wspaniała obsługa i miła pani doktor.", Sentiment.Positive), new("Super, wszystko szybko i sprawnie!", Sentiment.Positive),
        new("Masakra, nikt nie odbiera telefonu.", Sentiment.Negative), new("Nie polecam, czekałam trzy miesiące na wynik.", Sentiment.Negative),
        new("Wizyta odbyła się we wtorek.", Sentiment.Neutral), new("Byłem na konsultacji w marcu.", Sentiment.Neutral),
        new("Lekarz miły, ale rejestracja to porażka.", Sentiment.Mixed), new("Jedzenie dobre, tylko pokój zimny.", Sentiment.Mixed),
    ];

    [Fact]
    public void The_shipped_model_is_trained_from_the_review_sentences_and_care_messages_in_the_repository()
    {
        var shipped = SentimentModel.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Models"));

        Assert.NotNull(shipped);
        Assert.Equal("pl", shipped.Language);
        var (examples, digest) = SentimentTrainer.Read("pl", Path.Combine(RepoPaths.Root, "data", "reviews"), Path.Combine(RepoPaths.Root, "data", "care"));
        Assert.True(digest == shipped.Digest, $"data/reviews or data/care changed since the shipped sentiment model was trained ({shipped.Digest}): run ./run train");
        Assert.Equal(examples.Count, shipped.Examples);
    }

    [Fact]
    public void A_saved_model_loads_and_predicts_what_it_predicted_before()
    {
        var model = SentimentTrainer.Train(Small, "small");
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

    private sealed class Fixed(SentimentGuess guess) : ISentimentModel
    {
        public bool Reads(string language) => language == "pl";

        public SentimentGuess? Predict(string text, float[] signals) => guess;
    }
}
