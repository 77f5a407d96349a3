using SocialCare.Adapters.Intent;
using SocialCare.Adapters.Learning;
using SocialCare.Core.Classification;
using SocialCare.Core.Classification.Text;
using SocialCare.Functions.Evaluation;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Classification;

/// <summary>The learned language model: shipped from the corpus ./run train reads, reading what the rules miss, and never overruling "no letters".</summary>
public sealed class LanguageModelTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("language-").FullName;

    private static readonly IReadOnlyList<IntentExample> Small =
    [
        new("dziekuje, wszystko doszlo", Intent.Praise, "pl", Writer: "1"), new("kiedy otwieracie sklep?", Intent.Question, "pl", Writer: "1"),
        new("paczka nie doszla", Intent.Complaint, "pl", Writer: "2"), new("mozna placic karta?", Intent.Question, "pl", Writer: "2"),
        new("thanks, all arrived", Intent.Praise, "en", Writer: "1"), new("when do you open?", Intent.Question, "en", Writer: "1"),
        new("my parcel never came", Intent.Complaint, "en", Writer: "2"), new("can I pay by card?", Intent.Question, "en", Writer: "2"),
    ];

    [Fact]
    public void The_shipped_model_is_trained_from_the_corpus_train_reads()
    {
        var shipped = LanguageModel.LoadFrom(Path.Combine(AppContext.BaseDirectory, "Models"));
        var (examples, digest) = IntentCorpus.Read(Path.Combine(RepoPaths.Root, "data", "care"));

        Assert.NotNull(shipped);
        Assert.True(digest == shipped.Digest, $"data/care changed since the shipped language model was trained ({shipped.Digest}): run ./run train --only language");
        Assert.Equal(examples.Count, shipped.Examples);
        Assert.Equal(["en", "pl", "ru"], shipped.Languages.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("elo", "pl")]
    [InlineData("kocham te lody", "pl")]
    [InlineData("dostalam inny model", "pl")]
    [InlineData("dobra robota", "pl")]
    [InlineData("fajne buty", "pl")]
    [InlineData("fajne", "pl")]
    [InlineData("zhdu otvet", "ru")]
    [InlineData("cool stuff", "en")]
    [InlineData("this is fine", "en")]
    [InlineData("nice shoes", "en")]
    public void The_shipped_model_reads_polish_without_diacritics_that_the_rules_take_for_english(string text, string expected)
    {
        var rules = new OfflineClassifier().Analyze(text).Language;
        var learned = new OfflineClassifier(null, null, new ShippedLanguageModel()).Analyze(text).Language;

        Assert.Equal(expected, learned);
        if (expected == "pl") Assert.Equal("en", rules);
    }

    [Theory]
    [InlineData("Zły kolor, źle zapakowane, Łódź", "Zly kolor, zle zapakowane, Lodz")]
    [InlineData("Dziękuję ŚLICZNIE", "Dziekuje SLICZNIE")]
    [InlineData("no diacritics here", "no diacritics here")]
    public void Polish_is_also_learned_as_typed_without_diacritics(string text, string plain) =>
        Assert.Equal(plain, PolishLetters.Fold(text));

    [Theory]
    [InlineData("👍👍", "other")]
    [InlineData("???", "other")]
    [InlineData("Bonjour, je voudrais savoir où est ma commande", "other")]
    [InlineData("where is my order?", "ru")]
    public void Text_without_letters_or_in_a_language_the_corpus_lacks_stays_other_whatever_the_model_says(string text, string expected)
    {
        var classifier = new OfflineClassifier(null, null, new Always("ru"));

        Assert.Equal(expected, classifier.Analyze(text).Language);
        Assert.Equal(expected, classifier.Classify(new ClassificationInput(text)).Language);
    }

    [Fact]
    public void Without_a_model_to_read_with_the_rules_reading_stands()
    {
        Assert.Equal("pl", new OfflineClassifier(null, null, new Always(null)).Analyze("gdzie jest moja przesyłka?").Language);
    }

    [Fact]
    public void A_saved_model_loads_and_reads_what_it_read_before()
    {
        var model = LanguageTrainer.Train(Small, "small");
        using var saved = new MemoryStream();

        model.Save(saved);
        saved.Position = 0;
        var loaded = LanguageModel.Load(saved);

        Assert.Equal(("small", Small.Count), (loaded.Digest, loaded.Examples));
        foreach (var text in new[] { "paczka doszla", "parcel arrived", "kiedy?", "when?" })
        {
            Assert.Equal(model.Predict(text, LanguageSignals.Of(text)), loaded.Predict(text, LanguageSignals.Of(text)));
        }
        Assert.Contains("Not a language model file", Assert.Throws<InvalidDataException>(() => LanguageModel.Load(new MemoryStream(new byte[64]))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_measures_the_model_beside_the_rules_leaving_each_writer_out_and_writes_it_where_eval_reads_it()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(folder, "corpus")).FullName;
        foreach (var group in Small.GroupBy(e => (e.Language, e.Writer)))
        {
            File.WriteAllLines(Path.Combine(corpus, $"{group.Key.Language}-{group.Key.Writer}.jsonl"),
                group.Select(e => $$"""{"lang":"{{e.Language}}","intent":"{{IntentNames.Of(e.Intent)}}","text":"{{e.Text}}"}"""));
        }
        var model = Path.Combine(folder, "model");
        var trained = new StringWriter();

        Assert.Equal(0, TrainCommand.Run(["--only", "language", "--corpus", corpus, "--out", model], trained, TimeProvider.System));

        Assert.Contains("language: 8 examples", trained.ToString());
        Assert.Contains("leave-one-writer-out over 2 writers", trained.ToString());
        Assert.Matches(@"  pl: rules \d\.\d{3}, model \d\.\d{3} \(4 messages\)", trained.ToString());
        Assert.NotNull(LanguageModel.LoadFrom(model));
        Assert.DoesNotContain("sentiment", trained.ToString());

        File.Delete(Path.Combine(corpus, "en-1.jsonl"));
        File.Delete(Path.Combine(corpus, "en-2.jsonl"));
        var one = new StringWriter();
        Assert.Equal(0, TrainCommand.Run(["--only", "language", "--corpus", corpus, "--out", Path.Combine(folder, "one")], one, TimeProvider.System));
        Assert.Contains("holds one language", one.ToString());
        Assert.Null(LanguageModel.LoadFrom(Path.Combine(folder, "one")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private sealed class Always(string? language) : ILanguageModel
    {
        public string? Predict(string text, float[] signals) => language;
    }
}
