using SocialCare.Functions.Evaluation;
using SocialCare.Core.Classification.Evaluation;

namespace SocialCare.Tests.Classification;

public sealed class EvaluationCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("eval-").FullName;

    [Fact]
    public void Both_file_shapes_print_accuracy_macro_f1_per_language_and_a_confusion_matrix()
    {
        var care = Write("care.jsonl",
            """{"lang":"en","intent":"question","sentiment":"neutral","text":"Does the kit come with a charger?"}""",
            """{"lang":"pl","intent":"abuse","sentiment":"negative","text":"Banda złodziei, debile"}""");
        var eval = Write("eval.jsonl",
            """{"lang":"en","task":"offensive","label":"offensive","text":"you are a fucking idiot"}""",
            """{"lang":"en","task":"offensive","label":"not_offensive","text":"lovely weather today"}""");
        var output = new StringWriter();

        var exit = EvaluationCommand.Run([care, eval], output);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("== care.jsonl", text);
        Assert.Contains("-- task intent (n=2)", text);
        Assert.Contains("-- task sentiment (n=2)", text);
        Assert.Contains("lang pl", text);
        Assert.Contains("confusion (rows gold, columns predicted):", text);
        Assert.Contains("-- task offensive (n=2)", text);
        Assert.Contains("accuracy 1.000  macro-F1 1.000", text);
        Assert.Contains("language: accuracy 1.000", text);
    }

    [Fact]
    public void A_model_trained_leaving_each_writer_out_is_evaluated_from_its_folder_and_its_misses_are_listed()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(folder, "corpus")).FullName;
        File.WriteAllLines(Path.Combine(corpus, "en.jsonl"),
        [
            """{"lang":"en","intent":"praise","text":"thank you so much, lovely service"}""",
            """{"lang":"en","intent":"praise","text":"great staff, thanks a lot"}""",
            """{"lang":"en","intent":"complaint","text":"my parcel is late again and nobody answers"}""",
            """{"lang":"en","intent":"complaint","text":"charged twice for one order, still no refund"}""",
        ]);
        File.WriteAllLines(Path.Combine(corpus, "en-2.jsonl"),
        [
            """{"lang":"en","intent":"praise","text":"thanks, the courier was lovely"}""",
            """{"lang":"en","intent":"complaint","text":"the order is late and the refund never came"}""",
        ]);
        var model = Path.Combine(folder, "model");
        var trained = new StringWriter();

        Assert.Equal(0, TrainCommand.Run(["--only", "intent", "--corpus", corpus, "--folds", "writer", "--out", model], trained, TimeProvider.System));
        Assert.Contains("leave-one-writer-out over 2 writers", trained.ToString());
        Assert.Contains("accuracy of each writer's messages, predicted by a model of the others:", trained.ToString());
        Assert.Matches(@"  writer 2: en \d\.\d{3}", trained.ToString());
        Assert.DoesNotContain("sentiment", trained.ToString());

        // Labelled the wrong way round on purpose: the first two are intent misses, the third a language miss, each
        // listed with the gold and the predicted label.
        var check = Write("check.jsonl",
            """{"lang":"en","intent":"complaint","text":"thanks a lot, lovely staff"}""",
            """{"lang":"en","intent":"praise","text":"late again, still no refund"}""",
            """{"lang":"ru","intent":"praise","text":"thank you so much, lovely service"}""");
        var output = new StringWriter();

        Assert.Equal(0, EvaluationCommand.Run(["--model", model, "--misses", check], output));
        var text = output.ToString();
        Assert.Contains($"from {model}", text);
        Assert.Contains("intent: complaint -> praise: thanks a lot, lovely staff", text);
        Assert.Contains("intent: praise -> complaint: late again, still no refund", text);
        Assert.Contains("language: ru -> en: thank you so much, lovely service", text);
    }

    [Fact]
    public void Training_writes_the_intent_and_the_polish_sentiment_model_and_the_evaluation_reads_both_from_their_folder()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(folder, "care")).FullName;
        File.WriteAllLines(Path.Combine(corpus, "pl.jsonl"),
        [
            """{"lang":"pl","intent":"praise","sentiment":"positive","text":"dziękuję, świetna obsługa"}""",
            """{"lang":"pl","intent":"praise","sentiment":"positive","text":"super, paczka dotarła szybko"}""",
            """{"lang":"pl","intent":"complaint","sentiment":"negative","text":"paczka znowu spóźniona, masakra"}""",
            """{"lang":"pl","intent":"complaint","sentiment":"negative","text":"nikt nie odpowiada od tygodnia"}""",
        ]);
        var reviews = Directory.CreateDirectory(Path.Combine(folder, "reviews")).FullName;
        File.WriteAllLines(Path.Combine(reviews, "pl.jsonl"),
        [
            """{"lang":"pl","sentiment":"neutral","text":"Wizyta odbyła się we wtorek."}""",
            """{"lang":"pl","sentiment":"neutral","text":"Byłem na konsultacji w marcu."}""",
            """{"lang":"pl","sentiment":"mixed","text":"Lekarz miły, ale rejestracja to porażka."}""",
            """{"lang":"pl","sentiment":"mixed","text":"Pokój ładny, tylko zimny."}""",
        ]);
        var model = Path.Combine(folder, "both");
        var trained = new StringWriter();

        Assert.Equal(0, TrainCommand.Run(["--corpus", corpus, "--texts", reviews, "--folds", "2", "--out", model], trained, TimeProvider.System));
        Assert.Contains("sentiment (pl): 8 examples", trained.ToString());
        Assert.Contains("  care: ", trained.ToString());
        Assert.Contains("  reviews: ", trained.ToString());
        var output = new StringWriter();

        Assert.Equal(0, EvaluationCommand.Run(["--model", model, Path.Combine(corpus, "pl.jsonl")], output));
        Assert.Contains($"sentiment models (pl) from {model}", output.ToString());
        Assert.Equal(2, TrainCommand.Run(["--only", "sentiment", "--corpus", corpus, "--texts", Path.Combine(folder, "nope")], new StringWriter(), TimeProvider.System));
    }

    [Theory]
    [InlineData("--fold", "2")]
    [InlineData("--only", "intnet")]
    [InlineData("--folds", "1")]
    [InlineData("--language", "de")]
    [InlineData("--out")]
    public void Training_refuses_a_mistyped_option_before_it_trains_or_writes_anything(params string[] mistyped)
    {
        var model = Path.Combine(folder, "untouched");
        var output = new StringWriter();

        Assert.Equal(2, TrainCommand.Run(["--corpus", Path.Combine(folder, "care"), "--out", model, .. mistyped], output, TimeProvider.System));
        var lines = output.ToString().Split(Environment.NewLine);
        Assert.StartsWith($"train: {(mistyped[0] == "--fold" ? "unknown option" : mistyped[0])}", lines[0]);
        Assert.Equal(TrainCommand.Usage, lines[1]);
        Assert.False(Directory.Exists(model));
    }

    [Fact]
    public void Evaluation_prints_its_usage_for_help_and_refuses_an_option_it_does_not_know()
    {
        var help = new StringWriter();
        var mistyped = new StringWriter();

        Assert.Equal(0, EvaluationCommand.Run(["--help"], help));
        Assert.Equal(2, EvaluationCommand.Run(["--miss", Write("one.jsonl", """{"lang":"en","intent":"praise","text":"thanks"}""")], mistyped));

        Assert.Equal(EvaluationCommand.Usage + Environment.NewLine, help.ToString());
        Assert.StartsWith("eval: unknown option --miss", mistyped.ToString());
    }

    [Fact]
    public void Training_help_prints_the_usage_and_trains_nothing()
    {
        var output = new StringWriter();

        Assert.Equal(0, TrainCommand.Run(["--help"], output, TimeProvider.System));
        Assert.Equal(TrainCommand.Usage + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Missing_file_is_reported_with_a_failing_exit_code()
    {
        var output = new StringWriter();

        Assert.Equal(2, EvaluationCommand.Run([Path.Combine(folder, "nope.jsonl")], output));
        Assert.Contains("not found", output.ToString());
    }

    [Fact]
    public void Macro_f1_averages_over_gold_labels()
    {
        var sut = new ConfusionMatrix();
        sut.Add("a", "a");
        sut.Add("a", "b");
        sut.Add("b", "b");

        Assert.Equal(2 / 3d, sut.Accuracy, 3);
        Assert.Equal((2 / 3d + 2 / 3d) / 2, sut.MacroF1(), 3);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
